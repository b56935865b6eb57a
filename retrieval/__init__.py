"""Retrieval: the corpus manifest, parsing documents into citable paragraphs, indexing and hybrid search."""
