"""Kennisbank e-protection: the content model and the tooling built on it."""
