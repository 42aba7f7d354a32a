"""The fake's error answers, as data.

Two sources, one lookup:

* Rule violations of a request are found by the client's own validator (``RequestValidator``) run over
  the fake's copy of the corrected spec: a broken keyword or ``x-clockify-errors`` / ``x-clockify-rules``
  entry annotated there is answered with the annotation's status, code and message. The fake holds its
  own spec document, so a test can change the data and watch the faithfulness checks fail.
* Server states a request body cannot express (credentials, a missing entity, an unknown route, rate
  limiting, a failing server) are *conditions*, looked up in the spec by name.

The condition format (what a correction writes to teach the fake, and anyone else, a live answer)::

    x-clockify-errors:
      <condition>: {status: <HTTP status>, code: <Clockify's code>, message: <text with {placeholders}>}

keyed by the condition names below, on one of these nodes (the nearest to the request wins):

  1. the path parameter (or its schema) the condition is about (``missing-reference`` on ``projectId``);
  2. the operation object: how one operation, or one API, differs (the Reports operations carry their own
     ``auth:*`` entries: seed 004 measured code 401 there, where the core API answers 4003 and 1000);
  3. any ``components.responses`` entry: the default for every operation (the live core taxonomy,
     correction ``live-error-taxonomy``).

``code`` defaults to the status. Placeholders the fake fills: ``{operationId}``, ``{method}`` (the request's
method), ``{path}`` (the request path after the base path, without its leading slash: ``v1/workspaces/...``),
``{entity}`` (``Time entry``, ``Project``, ... ), ``{value}`` (the value at fault), ``{name}`` (the parameter's
name), ``{message}`` (the fake's own words for a schema problem). A condition the spec says nothing about is
answered from ``FALLBACK``, which holds only what the seeds say (or, where nothing is recorded, the HTTP reason
phrase, marked so).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

Json = Any

# Conditions the fake raises by itself; their names are the keys it looks for in the spec.
NONE_OR_BOTH = "auth:none-or-both"  # no credential, an empty one, or both an API key and an add-on token
INVALID_KEY = "auth:invalid-key"  # an API key that names no user
INVALID_TOKEN = "auth:invalid-token"  # an add-on token that names no installation
FORBIDDEN = "forbidden"  # a workspace the key cannot see (a member of none, or no such workspace)
NOT_FOUND = "not-found"  # a routed request whose subject is absent (no running timer to stop)
MISSING_REFERENCE = "missing-reference"  # an id, in the path or the body, that names nothing in the workspace
RATE_LIMITED = "rate-limited"
SERVER_ERROR = "server-error"
NO_ROUTE = "no-route"  # a path no operation has
METHOD_NOT_ALLOWED = "method-not-allowed"  # a path some operation has, with a method none has
PARAMETER_TYPE = "parameter-type:"  # + the parameter's JSON type: a query value that is not of that type
INVALID_REQUEST = "invalid-request"  # any other broken rule the spec does not annotate
MALFORMED_BODY = "malformed-body"  # a body that is not JSON


@dataclasses.dataclass(frozen=True)
class Answer:
    """An error the fake answers: HTTP status, Clockify's ``code`` and ``message``, where it came from."""

    status: int
    code: int
    message: str
    source: str = "fallback"

    def body(self) -> bytes:
        return json.dumps({"code": self.code, "message": self.message}).encode()


# What a condition is answered with when the spec says nothing about it (a spec without the corrections, such
# as Clockify's own file): seed 004's Error Handling Guide for the 401 bodies, seed 002 (via correction
# `error-responses`) for the 429 wording, code 400 with the server's own words for a schema violation (seed 004);
# nothing records the rest, which is answered with the HTTP reason phrase of the status the corrected spec
# documents for it.
FALLBACK: Mapping[str, Answer] = {
    NONE_OR_BOTH: Answer(401, 401, "Multiple or none auth tokens present"),
    INVALID_KEY: Answer(401, 401, "Unauthorized"),
    INVALID_TOKEN: Answer(401, 401, "Unauthorized"),  # seed 004's answer to a bad credential; no token recorded
    FORBIDDEN: Answer(403, 403, "Forbidden"),
    NOT_FOUND: Answer(404, 404, "Not Found"),
    MISSING_REFERENCE: Answer(404, 404, "Not Found"),
    RATE_LIMITED: Answer(429, 429, "Too many requests"),
    SERVER_ERROR: Answer(500, 500, "Internal Server Error"),
    NO_ROUTE: Answer(404, 404, "Not Found"),
    METHOD_NOT_ALLOWED: Answer(405, 405, "Method Not Allowed"),
    INVALID_REQUEST: Answer(400, 400, "{message}"),
    MALFORMED_BODY: Answer(400, 400, "Bad Request"),
}
# Every condition the fake can be in (``parameter-type:`` once per JSON type it checks).
CONDITIONS: tuple[str, ...] = (*FALLBACK, *(PARAMETER_TYPE + kind for kind in ("integer", "number", "boolean")))


def _entry(node: Json, condition: str) -> Mapping[str, Json] | None:
    if not isinstance(node, Mapping):
        return None
    errors = node.get("x-clockify-errors")
    found = errors.get(condition) if isinstance(errors, Mapping) else None
    if isinstance(found, Mapping) and isinstance(found.get("status"), int) and isinstance(found.get("message"), str):
        return found
    return None


def find(
    document: Mapping[str, Json],
    condition: str,
    *,
    operation: Mapping[str, Json] | None = None,
    parameter: Mapping[str, Json] | None = None,
    **fill: str,
) -> Answer | None:
    """The spec's answer to ``condition``, from the annotation nearest the request, or None.
    ``{name}`` placeholders in the message are filled from ``fill`` (``operationId``, ``value``, ...)."""
    candidates: list[tuple[str, Json]] = []
    if parameter is not None:
        candidates += [("parameter", parameter), ("parameter schema", parameter.get("schema"))]
    if operation is not None:
        candidates.append(("operation", operation))
    responses = document.get("components", {}).get("responses", {})
    candidates += [(f"components.responses.{name}", node) for name, node in responses.items()]
    for where, node in candidates:
        entry = _entry(node, condition)
        if entry is not None:
            code = entry.get("code")
            status = entry["status"]
            answer = Answer(status, code if isinstance(code, int) else status, entry["message"], where)
            return _filled(answer, condition, operation, fill)
    return None


def answer_for(
    document: Mapping[str, Json],
    condition: str,
    *,
    operation: Mapping[str, Json] | None = None,
    parameter: Mapping[str, Json] | None = None,
    **fill: str,
) -> Answer:
    """The answer to ``condition``: the spec's (``find``), else the fallback."""
    found = find(document, condition, operation=operation, parameter=parameter, **fill)
    return found if found is not None else _filled(FALLBACK[condition], condition, operation, fill)


def _filled(answer: Answer, condition: str, operation: Mapping[str, Json] | None, fill: Mapping[str, str]) -> Answer:
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
