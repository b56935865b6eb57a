"""Retrieval: the corpus manifest, parsing documents into citable paragraphs, indexing and hybrid search.

Installed as `prepbot.retrieval` (the top-level folder `retrieval/` maps to it); it depends on `prepbot.core` only."""
