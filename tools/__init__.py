"""Tools around the knowledge base that are not part of its runtime package: the benchmark, Lighthouse."""
