"""``FakeClockify``: a local Clockify, driven by the corrected spec.

One request goes through the same steps whatever the operation; only the last one is per operation:

  faults      latency, 5xx answers, connection resets (switches, for testing retry paths)
  route       method + path -> operation, from the spec's paths (a path no operation has, or a method the
              path does not take, is the condition ``no-route`` or ``method-not-allowed``)
  auth        exactly one credential, and a known one
  rate limit  at most ``rate_limit`` requests per second per credential and workspace
  access      the workspace exists and the caller is a member of it (both ``forbidden``, as live)
  types       every typed query value converts to its type (``parameter-type:<type>``)
  rules       the client's validator over the fake's own copy of the spec: a broken rule annotated with
              ``x-clockify-errors`` / ``x-clockify-rules`` is answered with its status, code and message
  entities    every id in the path names an entity of that workspace (``missing-reference``)

Every error is a condition answered as the spec's data says (``_answers``: the live taxonomy).
  handler     the operation's effect on the stored state (``_handlers``); core lists are paged here,
              generically, for every operation the spec pages with ``page``/``page-size``

Every answer is recorded in ``served`` (and passed to ``SERVED_HOOKS``) for coverage reports.
"""

from __future__ import annotations

import asyncio
import collections
import copy
import dataclasses
import json
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

import httpx

from clockify_client import AsyncClockify, Clockify, _spec
from clockify_client._validation import RequestValidator, _coerce, validator
from clockify_client.testing import _answers, _bodies, _handlers
from clockify_client.testing._answers import Answer, Refusal
from clockify_client.testing._state import Store

Json = Any

# The entity each path parameter names (the spec's parameter names; "id" is a time entry in every
# operation that has it).
PATH_ENTITIES: Mapping[str, str] = {"workspaceId": "workspace", "projectId": "project", "userId": "user", "id": "entry"}
# How an answer names each kind of entity ("Time entry doesn't belong to Workspace").
ENTITY_NAMES: Mapping[str, str] = {
    "entry": "Time entry",
    "project": "Project",
    "task": "Task",
    "client": "Client",
    "tag": "Tag",
    "user": "User",
    "workspace": "Workspace",
}


@dataclasses.dataclass(frozen=True)
class Served:
    """One answer the fake gave: for coverage (which operations, statuses and documented errors ran)."""

    operation_id: str | None
    status: int
    code: int | None = None
    message: str | None = None
    source: str | None = None  # where an error answer came from: a condition, or "x-clockify-errors"
    shipped_spec: bool = True  # False: a fake built from a changed spec (coverage counts only the shipped one)


SERVED_HOOKS: list[Callable[[Served], None]] = []
SERVED_KEPT = 100_000  # answers a fake keeps in ``served`` (a long-running server must not grow without end)


@dataclasses.dataclass
class Faults:
    """Switches for testing retry paths. Rates are shares of requests (0.0-1.0), drawn from ``seed``;
    ``fail_next`` queues exact failures: ``"reset"`` or an HTTP status (500, 502, 503, ...)."""

    latency: float = 0.0
    server_error_rate: float = 0.0
    reset_rate: float = 0.0
    seed: int = 0
    queued: collections.deque[int | str] = dataclasses.field(default_factory=collections.deque)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def fail_next(self, count: int = 1, *, kind: int | str = 500) -> None:
        self.queued.extend([kind] * count)

    def draw(self) -> int | str | None:
        if self.queued:
            return self.queued.popleft()
        if self.reset_rate and self._random.random() < self.reset_rate:
            return "reset"
        if self.server_error_rate and self._random.random() < self.server_error_rate:
            return 500
        return None


class ConnectionReset(Exception):
    """The fake drops the connection without answering."""


@dataclasses.dataclass(frozen=True)
class _Route:
    operation: _spec.Operation
    pattern: re.Pattern[str]
    literals: int


@dataclasses.dataclass
class Request:
    """What a handler sees: the operation, the caller, and the request's parts (query values typed)."""

    operation: _spec.Operation
    user_id: str
    path: dict[str, str]
    query: dict[str, Json]
    body: Json


@dataclasses.dataclass(frozen=True)
class _Plan:
    properties: Mapping[str, Json]
    nullable: frozenset[str]
    required: tuple[str, ...]
    items: Json


@dataclasses.dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: dict[str, str] = dataclasses.field(default_factory=dict)


class FakeClockify(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A fake Clockify: an httpx transport (sync and async) over an in-memory store.

    ``spec``: the corrected spec document to behave by (default: the one the client ships); a changed
    copy changes the fake's behaviour, which is how the faithfulness checks are shown to fail.
    ``rate_limit``: requests a second per credential and workspace before 429 (None: no limit)."""

    def __init__(
        self,
        *,
        spec: Mapping[str, Json] | None = None,
        rate_limit: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if spec is None:  # the shipped spec: share the client's compiled validator (a fresh fake costs nothing)
            self.spec, self.operations, self.validator = _spec.spec(), _spec.operations(), validator()
        else:
            self.spec = copy.deepcopy(dict(spec))
            self.operations = _spec.index(self.spec)
            self.validator = RequestValidator(self.spec, self.operations)
        self.store = Store()
        self.faults = Faults()
        self.rate_limit = rate_limit
        self.served: collections.deque[Served] = collections.deque(maxlen=SERVED_KEPT)
        self._clock = clock
        self._windows: dict[tuple[str, str], collections.deque[float]] = {}
        self._lock = threading.Lock()
        self._routes = self._build_routes()
        self._plans: dict[int, _Plan] = {}
        self._plan_keep: list[Json] = []

    # --- the two ways in ---------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.faults.latency:
            time.sleep(self.faults.latency)
        return self._to_httpx(request, self.answer(request.method, request.url, request.headers, request.read()))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.faults.latency:
            await asyncio.sleep(self.faults.latency)
        return self._to_httpx(request, self.answer(request.method, request.url, request.headers, await request.aread()))

    @staticmethod
    def _to_httpx(request: httpx.Request, reply: Reply | ConnectionReset) -> httpx.Response:
        if isinstance(reply, ConnectionReset):
            raise httpx.ReadError("Connection reset by peer (a fault the fake was told to inject)", request=request)
        headers = dict(reply.headers)
        if reply.content_type:
            headers["Content-Type"] = reply.content_type
        return httpx.Response(reply.status, headers=headers, content=reply.body, request=request)

    def answer(
        self, method: str, url: httpx.URL | str, headers: Mapping[str, str], body: bytes
    ) -> Reply | ConnectionReset:
        """The whole server, transport-neutral: the HTTP server and the httpx transports both call this."""
        url = url if isinstance(url, httpx.URL) else httpx.URL(url)
        with self._lock:
            operation_id: str | None = None
            try:
                fault = self.faults.draw()
                if fault == "reset":
                    self._record(Served(None, 0, source="fault:reset"))
                    return ConnectionReset()
                if fault is not None:
                    operation_id = self._operation_id(method, url)  # for the record: which operation failed
                    status = int(fault)
                    found = _answers.answer_for(self.spec, _answers.SERVER_ERROR)
                    if status != found.status:
                        found = Answer(status, status, httpx.codes.get_reason_phrase(status), "fault")
                    raise Refusal(found)
                route, path = self._route(method, url)
                operation_id = route.operation.operation_id
                reply = self._serve(route.operation, path, url, headers, body)
                self._record(Served(operation_id, reply.status))
                return reply
            except Refusal as refusal:
                found = refusal.answer
                self._record(Served(operation_id, found.status, found.code, found.message, found.source))
                return Reply(found.status, found.body(), headers=refusal.headers)
            except Exception as exc:  # a bug of the fake: answered as a server fails, and recorded as such
                found = _answers.answer_for(self.spec, _answers.SERVER_ERROR)
                source = f"the fake failed: {type(exc).__name__}: {exc}"
                self._record(Served(operation_id, found.status, found.code, found.message, source))
                return Reply(found.status, found.body())

    def _record(self, served: Served) -> None:
        served = dataclasses.replace(served, shipped_spec=self.spec is _spec.spec())
        self.served.append(served)
        for hook in SERVED_HOOKS:
            hook(served)

    # --- steps ---------------------------------------------------------------------------------------

    def _build_routes(self) -> list[_Route]:
        routes = []
        for op in self.operations.values():
            segments = op.path.strip("/").split("/")
            regex = "".join(f"/(?P<{s[1:-1]}>[^/]+)" if s.startswith("{") else "/" + re.escape(s) for s in segments)
            routes.append(_Route(op, re.compile(regex), sum(not s.startswith("{") for s in segments)))
        return sorted(routes, key=lambda r: -r.literals)

    def _route(self, method: str, url: httpx.URL) -> tuple[_Route, dict[str, str]]:
        """The operation a request addresses; any base path (``/api``, ``/report``) may come before /v1."""
        path = url.raw_path.split(b"?")[0].decode("ascii", "replace")
        start = path.find("/v1/") if "/v1/" in path else path.find("/v1")
        tail = path[start:] if start >= 0 else path
        routed = False
        for route in self._routes:
            match = route.pattern.fullmatch(tail)
            if match and route.operation.method == method.upper():
                return route, {k: unquote(v) for k, v in match.groupdict().items()}
            routed = routed or match is not None
        condition = _answers.METHOD_NOT_ALLOWED if routed else _answers.NO_ROUTE
        raise Refusal(_answers.answer_for(self.spec, condition, method=method.upper(), path=unquote(tail.lstrip("/"))))

    def _operation_id(self, method: str, url: httpx.URL) -> str | None:
        try:
            return self._route(method, url)[0].operation.operation_id
        except Refusal:
            return None

    def _definition(self, op: _spec.Operation) -> Mapping[str, Json]:
        definition: Mapping[str, Json] = self.spec["paths"][op.path][op.method.lower()]
        return definition

    def _parameter(self, op: _spec.Operation, name: str) -> Mapping[str, Json] | None:
        return next((p for p in self._definition(op).get("parameters", []) if p.get("name") == name), None)

    def _caller(self, op: _spec.Operation, headers: Mapping[str, str]) -> tuple[str, str]:
        """(credential, user id); 401 for none, both, or an unknown one."""
        given = {name: headers.get(name) for name in ("X-Api-Key", "X-Addon-Token") if headers.get(name) is not None}
        definition = self._definition(op)
        if len(given) != 1:
            raise Refusal(_answers.answer_for(self.spec, _answers.NONE_OR_BOTH, operation=definition))
        ((header, secret),) = given.items()
        table, condition = (
            (self.store.keys, _answers.INVALID_KEY)
            if header == "X-Api-Key"
            else (self.store.tokens, _answers.INVALID_TOKEN)
        )
        user_id = table.get(str(secret))
        if user_id is None:
            raise Refusal(_answers.answer_for(self.spec, condition, operation=definition))
        return str(secret), user_id

    def _limit(self, op: _spec.Operation, credential: str, workspace_id: str) -> None:
        if self.rate_limit is None:
            return
        now = self._clock()
        window = self._windows.setdefault((credential, workspace_id), collections.deque())
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= self.rate_limit:
            wait = max(0.0, 1.0 - (now - window[0])) if window else 1.0
            answer = _answers.answer_for(self.spec, _answers.RATE_LIMITED, operation=self._definition(op))
            raise Refusal(answer, {"Retry-After": str(max(1, round(wait + 0.499)))})
        window.append(now)

    def _missing(self, op: _spec.Operation, name: str, value: str) -> Refusal:
        return Refusal(
            _answers.answer_for(
                self.spec,
                _answers.MISSING_REFERENCE,
                operation=self._definition(op),
                parameter=self._parameter(op, name),
                entity=ENTITY_NAMES[PATH_ENTITIES[name]],
                value=value,
                name=name,
            )
        )

    def _access(self, op: _spec.Operation, path: Mapping[str, str], user_id: str) -> None:
        """The workspace is one the caller belongs to; one that does not exist is answered the same way."""
        workspace_id = path.get("workspaceId")
        if workspace_id is None:
            return
        workspace = self.store.get("workspace", workspace_id)
        if workspace is None or all(m["userId"] != user_id for m in workspace["memberships"]):
            raise Refusal(
                _answers.answer_for(
                    self.spec,
                    _answers.FORBIDDEN,
                    operation=self._definition(op),
                    parameter=self._parameter(op, "workspaceId"),
                    value=workspace_id,
                )
            )

    def _check_types(self, op: _spec.Operation, query: Mapping[str, Json]) -> None:
        """A typed query value that does not convert is answered as the spec annotates its type's condition
        (the live server fails to bind it before any rule runs); unannotated, the rules step words it."""
        for parameter in op.parameters:
            kind = parameter.schema.get("type")
            raw = query.get(parameter.name)
            if parameter.location != "query" or kind not in ("integer", "number", "boolean") or raw is None:
                continue
            for value in raw if isinstance(raw, list) else [raw]:
                if isinstance(_coerce(value, parameter.schema), str):
                    found = _answers.find(
                        self.spec,
                        _answers.PARAMETER_TYPE + str(kind),
                        operation=self._definition(op),
                        parameter=self._parameter(op, parameter.name),
                        name=parameter.name,
                        value=value,
                    )
                    if found is not None:
                        raise Refusal(found)

    def _query(self, op: _spec.Operation, url: httpx.URL) -> dict[str, Json]:
        """The query parameters the operation knows (the server ignores others), as the wire gives them."""
        known = {p.name: p for p in op.parameters if p.location == "query"}
        found: dict[str, Json] = {}
        for name, value in url.params.multi_items():
            if name in known:
                previous = found.get(name)
                found[name] = (
                    value if previous is None else [*([previous] if isinstance(previous, str) else previous), value]
                )
        return found

    def _check_rules(self, op: _spec.Operation, path: Mapping[str, str], query: Mapping[str, Json], body: Json) -> None:
        """The request's broken rules, answered as the spec annotates them; the first one found wins.
        A client-side policy (``policy: true``) is not the server's: the server accepts those requests."""
        problems = [
            p for p in self.validator.problems(op.operation_id, path=path, query=query, body=body) if not p.policy
        ]
        if not problems:
            return
        annotated = next((p for p in problems if p.status_code is not None), None)
        if annotated is not None:
            code = annotated.code if annotated.code is not None else annotated.status_code
            raise Refusal(Answer(annotated.status_code, code, annotated.message, "x-clockify-errors"))  # type: ignore[arg-type]
        message = "; ".join(p.message for p in problems)
        raise Refusal(
            _answers.answer_for(self.spec, _answers.INVALID_REQUEST, operation=self._definition(op), message=message)
        )

    def _serve(
        self, op: _spec.Operation, path: dict[str, str], url: httpx.URL, headers: Mapping[str, str], raw: bytes
    ) -> Reply:
        credential, user_id = self._caller(op, headers)
        self._limit(op, credential, path.get("workspaceId", ""))
        self._access(op, path, user_id)
        body: Json = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise Refusal(_answers.answer_for(self.spec, _answers.MALFORMED_BODY)) from None
        query = self._query(op, url)
        self._check_types(op, query)
        self._check_rules(op, path, query, body if op.body_schema is not None else None)
        workspace_id = path.get("workspaceId")
        for name, value in path.items():
            kind = PATH_ENTITIES.get(name)
            if kind is None or kind == "workspace":
                continue
            entity = self.store.get(kind, value)
            belongs = entity is not None and (
                (kind != "user" and entity.get("workspaceId") == workspace_id)
                or (kind == "user" and any(m["targetId"] == workspace_id for m in entity["memberships"]))
            )
            if not belongs:
                raise self._missing(op, name, value)
        typed = {
            name: _coerce(value, next(p.schema for p in op.parameters if p.name == name and p.location == "query"))
            for name, value in query.items()
        }
        request = Request(op, user_id, path, typed, body)
        try:
            result: Any = _handlers.HANDLERS[op.operation_id](self, request)
        finally:
            if op.method != "GET" and not op.is_report:
                self.store.changed()
        if isinstance(result, Reply):
            return result
        headers_out: dict[str, str] = {}
        present = None
        if isinstance(result, _handlers.Paged):
            result, present = result.items, result.present
        if op.paged_by_query and isinstance(result, list):
            result, last = self._page(op, typed, result)
            headers_out["Last-Page"] = "true" if last else "false"
        if present is not None:
            result = [present(item) for item in result]
        status = op.success_status
        if result is None:
            return Reply(status, b"", None, headers_out)
        result = self._conform(result, self._response_schema(op))
        return Reply(status, json.dumps(result).encode(), "application/json", headers_out)

    def _response_schema(self, op: _spec.Operation) -> Json:
        response = self._definition(op)["responses"].get(str(op.success_status), {})
        content = response.get("content", {})
        media: Mapping[str, Json] = next(iter(content.values()), {})
        return media.get("schema", {})

    def _resolve(self, schema: Json) -> Json:
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
            schema = self.spec["components"]["schemas"].get(schema["$ref"].rsplit("/", 1)[-1], {})
        return schema

    def _conform(self, value: Json, schema: Json) -> Json:
        """The answer as the spec describes it. A null the spec does not allow is left out (a spec that
        marks the field nullable gets it answered); a required property the fake does not model is
        filled from the spec, as the tests' whole bodies are (``_bodies``)."""
        if isinstance(value, list):
            items = self._plan(schema).items
            return [self._conform(item, items) for item in value]
        if not isinstance(value, dict):
            return value
        plan = self._plan(schema)
        out: dict[str, Json] = {}
        for key, item in value.items():
            if item is None:
                if key in plan.nullable:
                    out[key] = None
                continue
            sub = plan.properties.get(key)
            out[key] = self._conform(item, sub) if sub is not None and isinstance(item, dict | list) else item
        for key in plan.required:
            if key not in out:
                out[key] = _bodies.sample_value(self.spec["components"]["schemas"], plan.properties[key], key)
        return out

    def _plan(self, schema: Json) -> _Plan:
        """What ``_conform`` needs of a schema node, worked out once per node."""
        plan = self._plans.get(id(schema))
        if plan is None:
            node = self._resolve(schema)
            node = node if isinstance(node, Mapping) else {}
            properties = {k: self._resolve(v) for k, v in node.get("properties", {}).items()}
            plan = _Plan(
                properties=properties,
                nullable=frozenset(
                    k for k, v in properties.items() if isinstance(v, Mapping) and v.get("nullable") is True
                ),
                required=tuple(k for k in node.get("required", ()) if k in properties),
                items=node.get("items", {}),
            )
            self._plans[id(schema)] = plan
            self._plan_keep.append(schema)  # the id stays this node's while the fake lives
        return plan

    @staticmethod
    def _page(op: _spec.Operation, query: Mapping[str, Json], items: list[Json]) -> tuple[list[Json], bool]:
        """One page of a core list: ``page`` from 1, ``page-size`` items, defaults from the spec."""
        defaults = {p.name: p.schema.get("default") for p in op.parameters if p.name in ("page", "page-size")}
        page = query.get("page", defaults.get("page") or 1)
        size = query.get("page-size", defaults.get("page-size") or 50)
        start = max(0, int(page) - 1) * int(size)
        return items[start : start + int(size)], start + int(size) >= len(items)

    # --- a client bound to the fake ------------------------------------------------------------------

    def default_key(self) -> str:
        """The API key of the first user seeded (the one the fixtures' clients use)."""
        if not self.store.keys:
            raise LookupError("no user seeded yet: call fake.store.add_user(...) first")
        return next(iter(self.store.keys))

    def client(self, api_key: str | None = None, **options: Any) -> Clockify:
        """A ``Clockify`` whose requests this fake answers (no retries, no client-side rate limit unless asked)."""
        options.setdefault("max_retries", 0)
        options.setdefault("rate_limit", None)
        return Clockify(api_key=api_key or self.default_key(), transport=self, **options)

    def async_client(self, api_key: str | None = None, **options: Any) -> AsyncClockify:
        options.setdefault("max_retries", 0)
        options.setdefault("rate_limit", None)
        return AsyncClockify(api_key=api_key or self.default_key(), transport=self, **options)

    # --- errors the handlers raise -------------------------------------------------------------------

    def missing_reference(self, op: _spec.Operation, kind: str, value: str) -> Refusal:
        """An id in a body that names nothing (of ``kind``, a key of ENTITY_NAMES) in the workspace."""
        return Refusal(
            _answers.answer_for(
                self.spec,
                _answers.MISSING_REFERENCE,
                operation=self._definition(op),
                entity=ENTITY_NAMES[kind],
                value=value,
            )
        )

    def not_found(self, op: _spec.Operation, what: str, **path: str) -> Refusal:
        """``path``: the request's path parameters, for a message that names them (``{workspaceId}``)."""
        fill: dict[str, Any] = {**path, "value": what}
        return Refusal(_answers.answer_for(self.spec, _answers.NOT_FOUND, operation=self._definition(op), **fill))

    def invalid(self, op: _spec.Operation, message: str) -> Refusal:
        return Refusal(
            _answers.answer_for(self.spec, _answers.INVALID_REQUEST, operation=self._definition(op), message=message)
        )
