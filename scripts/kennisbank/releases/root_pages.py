"""Pages at the root of the gh-pages branch, outside every version: a 404 that sends old links to latest."""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape

from kennisbank.security_policy import ROOT_PAGE_POLICY, meta_tag

LATEST = "latest"


def root_404(base_path: str, versions: list[str]) -> str:
    """A 404 page for the whole host: a path without a version goes to the same path under latest/.

    GitHub Pages and most static hosts serve /404.html for any missing path, at any depth, so the
    script knows the site's base path and its versions from the release that wrote it.
    """
    script = (
        "(function(){"
        f"var base={json.dumps(base_path)},known={json.dumps([*versions, LATEST])};"
        "var path=location.pathname;"
        "if(path.indexOf(base)!==0)return;"
        "var rest=path.slice(base.length),first=rest.split('/')[0];"
        "if(known.indexOf(first)===-1){location.replace(base+'latest/'+rest+location.search+location.hash);}"
        "})();"
    )
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    home = escape(base_path + LATEST + "/")
    policy = meta_tag({**ROOT_PAGE_POLICY, "script-src": (f"'sha256-{digest}'",)})
    return (
        '<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"{policy}\n"
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        "<title>Pagina niet gevonden – Kennisbank e-protection</title>\n"
        f"<script>{script}</script>\n</head>\n<body>\n<main>\n<h1>Pagina niet gevonden</h1>\n"
        "<p>Deze pagina bestaat niet (meer). Ga naar de "
        f'<a href="{home}">nieuwste versie van de kennisbank</a>.</p>\n'
        "</main>\n</body>\n</html>\n"
    )
