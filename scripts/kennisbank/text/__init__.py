"""Markdown as text: what is code, what is running prose, and what links and raw HTML a page holds."""
