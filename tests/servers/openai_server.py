"""A small OpenAI-compatible HTTP server on 127.0.0.1 for tests: POST /v1/chat/completions answers from a script.

Each request takes the next scripted step (the last step repeats when the script runs out). A step is one of:

    reply(content)                 200 with a chat completion whose message content is `content` (a dict is sent as
                                   JSON text, as structured output `json_schema` does) -- or a callable
                                   request_json -> content, to build the reply from what the client offered;
                                   `finish_reason="length"` for a reply cut off at max_tokens, `refusal="..."` for a
                                   model's refusal
    status(code, body, headers)    an error status (500, 429, ...) with an OpenAI-style error body
    delay(seconds, then)           sleep, then do step `then` (sleep past the client's timeout to test timeouts)

Every request is recorded (`server.requests`: path, headers, parsed JSON body) so tests can assert what was offered.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Step:
    kind: str  # "reply" | "status" | "delay"
    content: Any = None
    code: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    then: Step | None = None
    finish_reason: str = "stop"
    refusal: str | None = None


def reply(content: Any, *, finish_reason: str = "stop", refusal: str | None = None) -> Step:
    return Step("reply", content=content, finish_reason=finish_reason, refusal=refusal)


def status(code: int, body: dict | None = None, headers: dict[str, str] | None = None) -> Step:
    body = body or {"error": {"message": f"scripted HTTP {code}", "type": "server_error", "code": None}}
    return Step("status", content=body, code=code, headers=dict(headers or {}))


def delay(seconds: float, then: Step) -> Step:
    return Step("delay", seconds=seconds, then=then)


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]  # names lowercased
    body: dict

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    @property
    def text(self) -> str:
        """All message contents joined: what the model was shown."""
        parts = []
        for message in self.messages:
            content = message.get("content")
            if isinstance(content, list):
                content = " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
            parts.append(str(content))
        return "\n".join(parts)


def completion(content: str | None, model: str = "test-model", finish_reason: str = "stop",
               refusal: str | None = None) -> dict:  # fmt: skip
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


class OpenAITestServer:
    """Start with `with OpenAITestServer([...steps]) as server:`; `server.base_url` ends in /v1."""

    def __init__(self, script: list[Step] | None = None) -> None:
        self.script: list[Step] = list(script or [])
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- script

    def set_script(self, steps: list[Step]) -> None:
        with self._lock:
            self.script = list(steps)

    def _next_step(self) -> Step:
        with self._lock:
            if not self.script:
                return status(500, {"error": {"message": "no scripted response", "type": "server_error"}})
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    # -- lifecycle

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> OpenAITestServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
                return

            def _send(self, code: int, body: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    self._send(400, {"error": {"message": "invalid JSON", "type": "invalid_request_error"}})
                    return
                headers = {name.lower(): value for name, value in self.headers.items()}
                request = RecordedRequest(self.path, headers, body)
                with server._lock:
                    server.requests.append(request)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}", "type": "invalid_request_error"}})
                    return
                step = server._next_step()
                while step.kind == "delay":
                    if server._stopping.wait(step.seconds):
                        return
                    step = step.then or status(500)
                if step.kind == "status":
                    self._send(step.code, step.content, step.headers)
                    return
                content = step.content(body) if callable(step.content) else step.content
                if content is not None and not isinstance(content, str):
                    content = json.dumps(content)
                model = body.get("model", "test-model")
                self._send(200, completion(content, model, step.finish_reason, step.refusal))

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="openai-test-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> OpenAITestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
