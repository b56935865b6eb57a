"""Nothing phones home: ONNX Runtime's telemetry (a device id and an event store in the user's cache, uploaded when
the network allows) is off whenever prepbot runs its encoders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import prepbot  # first, as every entry point does
import onnxruntime
from prepbot.retrieval.embeddings import packaged_model_files
model, _tokenizer = packaged_model_files("reranker_en")
onnxruntime.InferenceSession(str(model), providers=["CPUExecutionProvider"])
print("loaded")
"""


def test_onnx_runtime_writes_no_telemetry_store(tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "ORT_DISABLE_TELEMETRY"}
    environment["HOME"] = str(tmp_path)
    environment.pop("XDG_CACHE_HOME", None)
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=environment, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "loaded" in run.stdout, run.stderr
    assert not (tmp_path / ".cache" / "Microsoft").exists()
