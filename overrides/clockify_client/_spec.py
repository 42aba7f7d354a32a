"""The corrected spec, read once, indexed by operationId. Everything in the layer that depends on an
operation (validation, hosts, paging, export types, retry policy) reads it from here, as data."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, Literal

from clockify_client.errors import ConfigurationError

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# The report queries: POSTs that only read (they may be retried like a GET). The Reports API's host is
# the one their paths list; any other operation served from it (shared reports) goes there too.
REPORT_TAGS = frozenset({"Time Entry Report", "Expense Report", "Team Report"})

Json = Any


@dataclasses.dataclass(frozen=True)
class Parameter:
    name: str
    location: Literal["path", "query", "header"]
    required: bool
    schema: Mapping[str, Json]


@dataclasses.dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    host: Literal["core", "reports"]
    parameters: tuple[Parameter, ...]
    body_schema: Mapping[str, Json] | None  # still holding $refs into components
    body_required: bool
    body_media_type: str | None  # application/json, or (in Clockify's full spec) a file upload's form
    success_status: int
    success_types: tuple[str, ...]  # response content types of the success status
    paged_by_query: bool  # core lists: page / page-size and the Last-Page header
    answers_array: bool = False  # the success answer is a JSON array (what ``iterate`` reads page by page)
    answers_file: bool = False  # the success answer is a file, whatever the request: returned as bytes
    # The success statuses the spec documents without a body (a 204 of a delete): only these may answer none.
    bodiless_statuses: frozenset[int] = frozenset()
    answer_name: str = "a body"  # what the success answer is, for a message: its schema's name

    @property
    def file_types(self) -> str:
        """The Accept header for a file answer: the success media types as the spec lists them."""
        return ", ".join(self.success_types) if self.answers_file else "*/*"

    @property
    def is_report(self) -> bool:
        """A report query: a POST that only reads."""
        return self.tag in REPORT_TAGS

    @functools.cached_property
    def path_names(self) -> tuple[str, ...]:
        """The names of the path parameters, in the spec's order (worked out once per operation)."""
        return tuple(p.name for p in self.parameters if p.location == "path")

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


@functools.cache
def spec() -> Mapping[str, Json]:
    """The corrected spec the generated package was built from (shipped inside it)."""
    text = resources.files("clockify_api").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: Mapping[str, Json] = json.loads(text)
    return loaded


def _operation(path: str, method: str, op: Mapping[str, Json], host: Literal["core", "reports"]) -> Operation:
    tag = str(op.get("tags", [""])[0])
    params = tuple(
        Parameter(p["name"], p["in"], bool(p.get("required", False)), p.get("schema", {}))
        for p in op.get("parameters", [])
    )
    body = op.get("requestBody")
    media = dict(body.get("content", {})) if body else {}
    body_schema = media.get("application/json", {}).get("schema")
    successes = sorted(int(s) for s in op["responses"] if s.isdigit() and 200 <= int(s) < 300)
    success = successes[0] if successes else 200
    content = op["responses"].get(str(success), {}).get("content", {})
    names = {p.name for p in params}
    # A file: every success media type is not JSON and holds a string of format byte or binary (Clockify's
    # full spec answers a receipt or an invoice so, under */*); scripts/templates/typed_macros.jinja agrees.
    answers_file = bool(content) and all(
        not (name == "application/json" or name.endswith("+json"))
        and media.get("schema", {}).get("type") == "string"
        and media.get("schema", {}).get("format") in ("byte", "binary")
        for name, media in content.items()
    )
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        tag=tag,
        host=host,
        parameters=params,
        body_schema=body_schema,
        body_required=bool(body and body.get("required", False)),
        body_media_type="application/json" if "application/json" in media else next(iter(media), None),
        success_status=success,
        success_types=tuple(content),
        paged_by_query={"page", "page-size"} <= names,
        answers_array=any(
            media.get("schema", {}).get("type") == "array"
            for name, media in content.items()
            if name in ("application/json", "*/*") or name.endswith("+json")  # */*: read as JSON (generator.yaml)
        ),
        answers_file=answers_file,
        bodiless_statuses=frozenset(s for s in successes if not op["responses"][str(s)].get("content")),
        answer_name=_schema_name(dict(next(iter(content.values()), {})).get("schema", {})),
    )


def _schema_name(schema: Mapping[str, Json]) -> str:
    """``UserDtoV1``, ``an array of ProjectDtoV1``, ``a string``: what a response schema describes."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return "an array of " + _schema_name(schema.get("items") or {})
    return f"a {schema.get('type', 'JSON value')}"


def _global_server(item: Mapping[str, Json]) -> str | None:
    """The URL of a path's server without variables (the global host), if it lists one."""
    return next((str(s["url"]) for s in item.get("servers") or () if not s.get("variables")), None)


def index(document: Mapping[str, Json]) -> Mapping[str, Operation]:
    """The operations of any corrected spec document, by operationId."""
    paths: Mapping[str, Mapping[str, Json]] = document["paths"]
    reports_hosts = {
        _global_server(item)
        for item in paths.values()
        if any(method in item and item[method].get("tags", [""])[0] in REPORT_TAGS for method in HTTP_METHODS)
    } - {None}
    found: dict[str, Operation] = {}
    for path, item in paths.items():
        host: Literal["core", "reports"] = "reports" if _global_server(item) in reports_hosts else "core"
        for method in HTTP_METHODS:
            if method in item:
                op = _operation(path, method, item[method], host)
                found[op.operation_id] = op
    return found


@functools.cache
def operations() -> Mapping[str, Operation]:
    """The operations of the spec the generated package was built from."""
    return index(spec())


def operation(operation_id: str) -> Operation:
    try:
        return operations()[operation_id]
    except (KeyError, TypeError):  # TypeError: an unhashable id (a list, a dict)
        raise ConfigurationError(f"unknown operation id {operation_id!r}") from None


def schema(name: str) -> Mapping[str, Json]:
    """A component schema by name."""
    found: Mapping[str, Json] = spec()["components"]["schemas"][name]
    return found
