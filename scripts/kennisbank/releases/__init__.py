"""Releases: the recorded entry index of each release, what changed between them, and freshness."""
