"""Tools for contributors: a new entry from the content model, and the model reference in CONTRIBUTING.md."""
