"""Retrieval: the corpus manifest, parsing documents into citable paragraphs, indexing and hybrid search."""

import prepbot  # noqa: F401  (sets the BLAS thread default before numpy loads)
