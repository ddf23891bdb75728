"""The MkDocs plugin that builds the knowledge base from the content model."""
