"""Checks on the content and the command that reports them."""
