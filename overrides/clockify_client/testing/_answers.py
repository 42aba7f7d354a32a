"""The fake's error answers, as data.

Two sources, one lookup:

* Rule violations of a request are found by the client's own validator (``RequestValidator``) run over
  the fake's copy of the corrected spec: a broken keyword or ``x-clockify-rules`` entry annotated there
  (``x-clockify-errors``) is answered with the annotation's status, code and message. The fake holds its
  own spec document, so a test can change the data and watch the faithfulness checks fail.
* Server states a request body cannot express (credentials, a missing entity, rate limiting, a failing
  server) are *conditions*. ``answer_for`` looks a condition up in the spec first, where corrections
  from live evidence put it (on the path parameter, then on the operation, then on any
  ``components.responses`` entry: an ``x-clockify-errors`` key named after the condition), and falls
  back to ``FALLBACK`` below, which holds what the seeds and the recorded cassettes say today.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

Json = Any

# Conditions the fake raises by itself; their names are the keys it looks for in the spec.
NONE_OR_BOTH = "auth:none-or-both"
INVALID_KEY = "auth:invalid-key"
INVALID_TOKEN = "auth:invalid-token"
FORBIDDEN = "forbidden"
NOT_FOUND = "not-found"
MISSING_REFERENCE = "missing-reference"
RATE_LIMITED = "rate-limited"
SERVER_ERROR = "server-error"
NO_ROUTE = "no-route"
INVALID_REQUEST = "invalid-request"
MALFORMED_BODY = "malformed-body"


@dataclasses.dataclass(frozen=True)
class Answer:
    """An error the fake answers: HTTP status, Clockify's ``code`` and ``message``, where it came from."""

    status: int
    code: int
    message: str
    source: str = "fallback"

    def body(self) -> bytes:
        return json.dumps({"code": self.code, "message": self.message}).encode()


# What a condition is answered with when the spec says nothing about it: seed 004's Error Handling Guide
# (401 bodies), the corrected spec's correction `error-responses` (429 "Too many requests"), and for the
# rest the HTTP reason phrase, as the scenario cassettes hold it. The 400/501 answer to an id in a body
# that names nothing follows issue 11's account of live answers.
FALLBACK: Mapping[str, Answer] = {
    NONE_OR_BOTH: Answer(401, 401, "Multiple or none auth tokens present"),
    INVALID_KEY: Answer(401, 401, "Unauthorized"),
    INVALID_TOKEN: Answer(401, 401, "Unauthorized"),
    FORBIDDEN: Answer(403, 403, "Forbidden"),
    NOT_FOUND: Answer(404, 404, "Not Found"),
    MISSING_REFERENCE: Answer(400, 501, "{entity} doesn't belong to Workspace"),
    RATE_LIMITED: Answer(429, 429, "Too many requests"),
    SERVER_ERROR: Answer(500, 500, "Internal Server Error"),
    NO_ROUTE: Answer(404, 404, "Not Found"),
    INVALID_REQUEST: Answer(400, 400, "{message}"),
    MALFORMED_BODY: Answer(400, 400, "Malformed JSON request"),
}


def _entry(node: Json, condition: str) -> Mapping[str, Json] | None:
    if not isinstance(node, Mapping):
        return None
    errors = node.get("x-clockify-errors")
    found = errors.get(condition) if isinstance(errors, Mapping) else None
    if isinstance(found, Mapping) and isinstance(found.get("status"), int) and isinstance(found.get("message"), str):
        return found
    return None


def answer_for(
    document: Mapping[str, Json],
    condition: str,
    *,
    operation: Mapping[str, Json] | None = None,
    parameter: Mapping[str, Json] | None = None,
    **fill: str,
) -> Answer:
    """The answer to ``condition``: the spec's annotation nearest the request, else the fallback.
    ``{name}`` placeholders in the message are filled from ``fill`` (``operationId``, ``value``, ...)."""
    candidates: list[tuple[str, Json]] = []
    if parameter is not None:
        candidates += [("parameter", parameter), ("parameter schema", parameter.get("schema"))]
    if operation is not None:
        candidates.append(("operation", operation))
    responses = document.get("components", {}).get("responses", {})
    candidates += [(f"components.responses.{name}", node) for name, node in responses.items()]
    answer = FALLBACK[condition]
    for where, node in candidates:
        entry = _entry(node, condition)
        if entry is not None:
            code = entry.get("code")
            status = entry["status"]
            answer = Answer(status, code if isinstance(code, int) else status, entry["message"], where)
            break
    message = answer.message
    if operation is not None and isinstance(operation.get("operationId"), str):
        fill = {"operationId": operation["operationId"], **fill}
    for name, value in fill.items():
        message = message.replace("{" + name + "}", value)
    return dataclasses.replace(answer, message=message, source=f"{condition} ({answer.source})")


class Refusal(Exception):
    """Raised inside the fake to answer with an error; carries the answer and any extra headers."""

    def __init__(self, answer: Answer, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{answer.status} {answer.code} {answer.message}")
        self.answer = answer
        self.headers = dict(headers or {})
