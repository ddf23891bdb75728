"""Command line of the knowledge base tooling: `python -m kennisbank <command>`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kennisbank.cli.check import run_check
from kennisbank.cli.links import run_links
from kennisbank.cli.pdf import run_pdf
from kennisbank.cli.release import run_release
from kennisbank.cli.scaffold import run_contributing, run_new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kennisbank", description="Gereedschap van de Kennisbank e-protection."
    )
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="pad naar mkdocs.yml")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="controleer alle entries en de bibliografie")
    links = commands.add_parser("links", help="controleer de interne links en ankers van de gebouwde site")
    links.add_argument("--site", type=Path, default=Path("site"), help="de gebouwde site (standaard: site)")
    links.add_argument("--report", type=Path, help="bestand voor de lijst van externe links")
    links.add_argument("--site-url", help="adres van de gepubliceerde site: links daarheen zijn intern")
    release = commands.add_parser("release", help="leg een release vast en zet haar met mike op gh-pages")
    release.add_argument("version", help="kalenderversie, bijvoorbeeld 2026.1")
    release.add_argument("--push", action="store_true", help="push gh-pages naar origin")
    release.add_argument("--site-url", help="basisadres van de gepubliceerde site, voor canonieke URL's")
    new = commands.add_parser("new", help="maak een nieuwe entry met het volgende vrije ID")
    new.add_argument("type", nargs="?", default="", help="entrytype, bijvoorbeeld interventie")
    new.add_argument("title", nargs="?", default="", help="titel van de entry")
    new.add_argument(
        "--slug", help="korte naam voor het ID van een organisatie of begrip (standaard: de titel)"
    )
    contributing = commands.add_parser("contributing", help="werk het inhoudsmodel in CONTRIBUTING.md bij")
    contributing.add_argument("--check", action="store_true", help="alleen controleren of het actueel is")
    pdf = commands.add_parser("pdf", help="maak van de handouts van de gebouwde site PDF's (WeasyPrint)")
    pdf.add_argument("--site-dir", type=Path, help="de gebouwde site (standaard: site_dir uit mkdocs.yml)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args.config)
    if args.command == "links":
        return run_links(args.site, args.report, args.site_url)
    if args.command == "release":
        return run_release(args.config, args.version, push=args.push, site_url=args.site_url)
    if args.command == "new":
        return run_new(args.config, args.type, args.title, args.slug)
    if args.command == "contributing":
        return run_contributing(args.config, check=args.check)
    if args.command == "pdf":
        return run_pdf(args.config, args.site_dir)
    parser.error(f"onbekend commando {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
