"""Embeddings from a server (OpenAI's API, Ollama's), against a small local one: the request
each sends, the vectors read back in order, and a failing server's error without the texts."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pydantic import SecretStr

from healthbot.coach.memory.remote import EmbeddingError, RemoteEmbedding
from healthbot.config import MemorySettings

DIMS = 3


class _Server(ThreadingHTTPServer):
    status = 200
    seen: list[tuple[str, dict[str, str], dict[str, Any]]]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.seen.append((self.path, dict(self.headers), body))
        texts = body["input"]
        vectors = [[float(len(t)), float(i), 1.0] for i, t in enumerate(texts)]
        if self.path.endswith("/embeddings"):  # OpenAI's: rows with an index, any order
            answer: dict[str, Any] = {
                "data": [
                    {"index": i, "embedding": v} for i, v in reversed(list(enumerate(vectors)))
                ]
            }
        else:
            answer = {"embeddings": vectors}
        data = json.dumps(answer if self.server.status == 200 else {"echo": texts}).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.seen = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def _url(server: _Server, path: str = "") -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_openai_embeddings_are_asked_with_the_key_and_read_in_order(server: _Server) -> None:
    settings = MemorySettings(
        embedder="openai", url=_url(server, "/v1"), api_key=SecretStr("sk-test"), dims=DIMS
    )
    embedder = RemoteEmbedding(settings, "text-embedding-3-small", DIMS)
    assert embedder.embed_batch(["a", "bbb"]) == [[1.0, 0.0, 1.0], [3.0, 1.0, 1.0]]
    [(path, headers, body)] = server.seen
    assert path == "/v1/embeddings"
    assert headers["Authorization"] == "Bearer sk-test"
    assert body == {"model": "text-embedding-3-small", "input": ["a", "bbb"], "dimensions": DIMS}
    assert embedder.embed_batch([]) == []


def test_ollama_embeddings_are_asked_in_one_batch(server: _Server) -> None:
    settings = MemorySettings(embedder="ollama", url=_url(server), dims=DIMS)
    embedder = RemoteEmbedding(settings, "nomic-embed-text", DIMS)
    assert embedder.embed_batch(["xy"]) == [[2.0, 0.0, 1.0]]
    assert server.seen[0][0] == "/api/embed"
    assert server.seen[0][2] == {"model": "nomic-embed-text", "input": ["xy"]}


def test_a_failing_server_or_a_wrong_size_is_an_error_without_the_texts(server: _Server) -> None:
    settings = MemorySettings(embedder="ollama", url=_url(server), dims=DIMS)
    with pytest.raises(EmbeddingError, match="of 4 dimensions"):
        RemoteEmbedding(settings, "m", 4).embed_batch(["private words"])
    server.status = 500
    with pytest.raises(EmbeddingError, match="HTTP 500") as failed:
        RemoteEmbedding(settings, "m", DIMS).embed_batch(["private words"])
    assert "private" not in str(failed.value)
