"""Data out: the open-data files, their documentation page, handouts per expert meeting, and PDFs of them."""
