"""Command line of the knowledge base tooling: `python -m kennisbank <command>`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kennisbank.validation.command import run_check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kennisbank", description="Gereedschap van de Kennisbank e-protection."
    )
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="pad naar mkdocs.yml")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="controleer alle entries en de bibliografie")
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args.config)
    parser.error(f"onbekend commando {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
