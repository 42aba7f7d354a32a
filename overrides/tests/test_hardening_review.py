"""A second adversary's attacks on the hardening of issue 10, against real sockets on 127.0.0.1. Each test
failed before the fix it names."""

from __future__ import annotations

import asyncio

import pytest
from clockify_client import errors

from .loopback import LoopbackServer, Reply
from .test_hardening import async_client, client


@pytest.mark.parametrize("value", ["caf\xe9", "application/json; charset=\xff"], ids=["latin-1 word", "odd charset"])
def test_an_answer_with_a_header_that_is_not_ascii_is_read(value: str) -> None:
    """The bounded body reader rebuilds the answer: its headers are kept as received, not re-encoded
    (which raised UnicodeEncodeError)."""
    found = Reply(200, b'{"id": "u1", "name": "A"}', headers={"X-Note": value})
    missing = Reply(404, b'{"code": 501, "message": "no"}', headers={"X-Note": value})
    with LoopbackServer([found, found, missing, missing]) as server:
        assert client(server.url).users.me().name == "A"
        assert asyncio.run(async_client(server.url).users.me()).name == "A"
        with pytest.raises(errors.NotFoundError):
            client(server.url).users.me()
        with pytest.raises(errors.NotFoundError):
            asyncio.run(async_client(server.url).users.me())
