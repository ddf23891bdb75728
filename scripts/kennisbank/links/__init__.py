"""The links of the built site: every internal link and anchor resolves; external links are listed."""
