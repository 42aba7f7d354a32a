"""The fake over real HTTP, for tests in any language: a threading ``http.server`` on loopback only.

    python -m clockify_client.testing serve --port 8765 [--api-key KEY] [--rate-limit 50]
        [--latency 0.2] [--error-rate 0.1] [--reset-rate 0.05]

On start it seeds one workspace and one member and prints one JSON line: the API key, the workspace and
user ids, and the two base URLs to point a client at (core: ``.../api``, reports: ``.../report``).
"""

from __future__ import annotations

import argparse
import json
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from clockify_client._hosts import is_loopback
from clockify_client.testing._fake import ConnectionReset, FakeClockify
from clockify_client.testing._seed import Seed


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeClockify, host: str = "127.0.0.1", port: int = 0) -> None:
        if not is_loopback(host):
            raise ValueError(f"the fake serves loopback only, not {host!r}")
        self.fake = fake
        super().__init__((host, port), _Handler)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> threading.Thread:
        """Serve in a background thread (for tests); ``shutdown()`` stops it."""
        thread = threading.Thread(target=self.serve_forever, name="clockify-fake", daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: FakeServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: a test run is not a web server log
        pass

    def _any(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if fake.faults.latency:
            time.sleep(fake.faults.latency)
        reply = fake.answer(self.command, self.server.base_url + self.path, self.headers, body)  # type: ignore[arg-type]
        if isinstance(reply, ConnectionReset):
            # SO_LINGER 0: close with a TCP reset, as a dropped connection looks to the client.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clockify_client.testing", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake Clockify on 127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on start)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--api-key", default=None, help="the seeded member's key (default: generated)")
    serve.add_argument("--rate-limit", type=float, default=None, help="requests a second before 429")
    serve.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    serve.add_argument("--error-rate", type=float, default=0.0, help="share of requests answered 500")
    serve.add_argument("--reset-rate", type=float, default=0.0, help="share of connections reset")
    args = parser.parse_args(argv)
    fake = FakeClockify(rate_limit=args.rate_limit)
    fake.faults.latency, fake.faults.server_error_rate, fake.faults.reset_rate = (
        args.latency,
        args.error_rate,
        args.reset_rate,
    )
    seed = Seed.create(fake.store)
    if args.api_key:
        fake.store.keys[args.api_key] = fake.store.keys.pop(seed.api_key)
        seed.api_key = args.api_key
    try:
        server = FakeServer(fake, args.host, args.port)
    except (OSError, ValueError) as exc:
        print(f"cannot serve: {exc}", file=sys.stderr)
        return 2
    info = {
        "api_key": seed.api_key,
        "workspace_id": seed.workspace_id,
        "user_id": seed.user_id,
        "base_url": server.base_url + "/api",
        "reports_base_url": server.base_url + "/report",
    }
    print(json.dumps(info), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
