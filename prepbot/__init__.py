"""prepbot: answers questions about a UN human-rights dialogue with verified paragraph citations."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# numpy's OpenBLAS keeps its worker threads spinning after each call; our matrix products are small (one query
# against a few thousand vectors), and the spinning threads take the second core from the e5 and bge encoders
# (search p50 47 ms with the default, 29 ms with one BLAS thread: bench/bench_retrieval.py). Read by OpenBLAS when
# numpy loads, so it is set here, before any module of ours imports numpy; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# ONNX Runtime (1.29 on) keeps telemetry on Linux too: a device id and a store of process, session and model events
# under ~/.cache/Microsoft/DeveloperTools/.onnxruntime, uploaded when the network allows. Sessions here are
# reprisal-sensitive, so it is switched off before any of our encoders loads it (read once, at its initialisation);
# Chroma's telemetry is off as well (retrieval/index.py). An explicit setting wins.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
