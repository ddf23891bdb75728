"""The build benchmark (`make bench`): synthetic corpora in the content model, built and measured."""
