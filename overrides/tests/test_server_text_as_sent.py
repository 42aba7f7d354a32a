"""Server text reaches an error as it was sent: the library transforms none of it (no case-folding) before
the scrubbing, so a key the server echoes into a header is found there in every form."""

from __future__ import annotations

import base64

import httpx
import pytest
from clockify_client import Clockify, errors

KEY = "k3yABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq12"


def answered_with(content_type: str) -> errors.UnexpectedResponseError:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"{}", headers={"Content-Type": content_type})

    with (
        Clockify(KEY, transport=httpx.MockTransport(handler), rate_limit=None, max_retries=0) as client,
        pytest.raises(errors.UnexpectedResponseError) as raised,
    ):
        client.users.me()
    return raised.value


def test_the_content_type_is_quoted_as_sent() -> None:
    assert "expected JSON, got 'Text/HTML'" in str(answered_with("Text/HTML; charset=UTF-8"))


@pytest.mark.parametrize(
    "echoed",
    [KEY, base64.b64encode(KEY.encode()).decode(), base64.b64encode(b"user:" + KEY.encode()).decode()],
    ids=["as is", "base64", "base64 at another alignment"],
)
def test_a_key_echoed_in_the_content_type_is_scrubbed(echoed: str) -> None:
    error = answered_with(f"application/{echoed}")
    for text in (str(error), repr(error)):
        assert echoed not in text
        assert echoed.lower() not in text
        assert KEY.lower() not in text.lower()
        assert "[redacted]" in text
