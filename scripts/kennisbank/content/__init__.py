"""Reading entries and the bibliography from disk into the content model."""
