"""Citations: what counts as one, formatting them in APA 7 (Dutch) through mkdocs-bibtex and pandoc."""
