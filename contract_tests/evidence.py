"""The evidence corpus (``evidence/*.yaml``): facts about the live API from public records, loaded and checked.

Each file is one source; each fact is one request and what the live server answered. The schema is described
in ``evidence/README.md``; ``load`` refuses a file that breaks it, so a malformed fact fails the suite instead
of being skipped. ``build_cassettes`` turns the replayable facts into cassettes, the witnesses read the
recorded bodies from here, and ``test_observed.py`` replays them.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from contract_tests import catalog
from scripts.spec_build import read_yaml

Json = Any
EVIDENCE = Path(__file__).resolve().parent / "evidence"
RECORDED = ("live", "hand-made")
REPLAYS = ("success", "refused", "server-state", "none")
CREDENTIALS = ("unknown-key", "none", "both")
ENTITIES = ("existing", "missing")
STATES = ("no-running-timer",)  # server states a record shows that no request part says (fake_replay.WORLDS)
PLACEHOLDER = "PLACEHOLDER:"


class EvidenceError(ValueError):
    """An evidence file breaks the schema of evidence/README.md."""


@dataclasses.dataclass(frozen=True)
class Source:
    id: str
    title: str
    date: str
    recorded: str
    where: str  # repository and path, the thread, or the locator

    @property
    def live(self) -> bool:
        return self.recorded == "live"


@dataclasses.dataclass(frozen=True)
class Fact:
    source: Source
    id: str
    operation: str | None
    method: str
    path: str
    query: Mapping[str, Json]
    sent: Json  # the request body the record gives, or None
    credential: str | None
    entity: str  # "missing": the request names an entity that does not exist (or that the key cannot see)
    state: str | None  # a server state the record shows (STATES), or None
    status: int | None
    code: int | None
    message: str | None
    body: Json
    replay: str
    date: str  # the fact's own date where the record gives one, else the source's
    keys: tuple[str, ...] | None  # the answer's top-level keys (each item's, for a list) where no whole body is given
    null_fields: tuple[str, ...]  # JSONPath of each field the record shows null
    where: str  # the source's location, narrowed to the fact's own file or thread where the record names one

    @property
    def name(self) -> str:
        """The fact's cassette name: ``<source>--<fact>``."""
        return f"{self.source.id}--{self.id}"

    @property
    def provenance(self) -> str:
        return f"observed live ({self.where}, {self.date}): {self.id}"

    def error_body(self) -> Json:
        """The answer's JSON body as the record gives it (code left out where the record shows none)."""
        if self.body is not None:
            return self.body
        return {k: v for k, v in (("code", self.code), ("message", self.message)) if v is not None}


def _require(condition: bool, where: str, problem: str) -> None:
    if not condition:
        raise EvidenceError(f"{where}: {problem}")


def _date(value: Json, where: str) -> str:
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        raise EvidenceError(f"{where}: date {value!r} is not YYYY-MM-DD") from None
    return text


def _where(data: Mapping[str, Json]) -> str:
    if data.get("repository") and data.get("path"):
        return f"{data['repository']}, {data['path']}"
    if data.get("url"):
        return str(data["url"])
    return str(data.get("locator") or "")


def _source(path: Path, data: Json) -> Source:
    where = str(path.name)
    _require(isinstance(data, Mapping), where, "no source mapping")
    _require(data.get("id") == path.stem, where, f"source.id must be {path.stem!r}")
    _require(data.get("recorded") in RECORDED, where, f"recorded must be one of {RECORDED}")
    _require(bool(data.get("title")), where, "no title")
    located = _where(data)
    _require(bool(located), where, "needs repository and path, a url, or a locator")
    return Source(str(data["id"]), str(data["title"]), _date(data.get("date"), where), data["recorded"], located)


def _fact(source: Source, data: Json, where: str) -> Fact:
    _require(isinstance(data, Mapping) and bool(data.get("id")), where, "a fact without an id")
    where = f"{where}#{data['id']}"
    request, answer = data.get("request"), data.get("answer")
    _require(isinstance(request, Mapping) and isinstance(answer, Mapping), where, "needs request and answer")
    _require(bool(request.get("method")) and bool(request.get("path")), where, "request needs method and path")
    operation = data.get("operation")
    _require(operation is None or operation in catalog.operations(), where, f"no operation {operation!r}")
    replay = data.get("replay")
    _require(replay in REPLAYS, where, f"replay must be one of {REPLAYS}")
    credential = request.get("credential")
    _require(credential is None or credential in CREDENTIALS, where, f"credential must be one of {CREDENTIALS}")
    entity = request.get("entity", "existing")
    _require(entity in ENTITIES, where, f"entity must be one of {ENTITIES}")
    state = request.get("state")
    _require(state is None or state in STATES, where, f"state must be one of {STATES}")
    status = answer.get("status")
    _require(status is None or isinstance(status, int), where, "status must be an integer or null")
    if replay != "none":
        _require(source.live, where, "only live records are replayed")
        _require(operation is not None and status is not None, where, "a replayed fact needs operation and status")
        if replay == "success":
            _require(200 <= status < 300 and "body" in answer, where, "a success replays a recorded 2xx body")
        else:
            _require(status >= 400 and answer.get("message") is not None, where, "an error replays its message")
    keys = answer.get("keys")
    _require(keys is None or (isinstance(keys, list) and all(isinstance(k, str) for k in keys)), where, "keys: names")
    fact_date = data.get("date")
    located = str(data.get("url") or source.where)
    if data.get("file"):
        located = f"{source.where.rstrip('/')}/{data['file']}"
    return Fact(
        source=source,
        id=str(data["id"]),
        operation=operation,
        method=str(request["method"]).upper(),
        path=str(request["path"]),
        query=dict(request.get("query") or {}),
        sent=resolve_placeholders(request.get("body")),
        credential=credential,
        entity=str(entity),
        state=state,
        status=status,
        code=answer.get("code"),
        message=resolve_placeholders(answer.get("message")),
        body=resolve_placeholders(answer.get("body")),
        replay=str(replay),
        date=_date(fact_date, where) if fact_date is not None else source.date,
        where=located,
        keys=tuple(keys) if keys is not None else None,
        null_fields=tuple(answer.get("null_fields") or ()),
    )


_PLACED = re.compile(re.escape(PLACEHOLDER) + r"([A-Z_]+_ID)")


def resolve_placeholders(value: Json) -> Json:
    """The value with every ``PLACEHOLDER:<NAME>`` replaced by ``catalog.<NAME>``, a whole string or inside
    one (an id the record redacted within a message)."""
    if isinstance(value, dict):
        return {k: resolve_placeholders(v) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_placeholders(v) for v in value]
    if isinstance(value, str) and PLACEHOLDER in value:
        return _PLACED.sub(lambda found: catalog.PLACEHOLDER_IDS[found[1]], value)
    return value


def load_file(path: Path) -> list[Fact]:
    data = read_yaml(path.read_text(encoding="utf-8"))
    _require(isinstance(data, Mapping), path.name, "not a mapping")
    source = _source(path, data.get("source"))
    facts = data.get("facts")
    _require(isinstance(facts, list) and bool(facts), path.name, "no facts")
    found = [_fact(source, item, path.name) for item in facts]
    ids = [f.id for f in found]
    _require(len(set(ids)) == len(ids), path.name, "two facts share an id")
    return found


@functools.cache
def facts(root: Path = EVIDENCE) -> tuple[Fact, ...]:
    """Every fact of every evidence file, in file order."""
    return tuple(f for path in sorted(root.glob("*.yaml")) for f in load_file(path))


def replayed(kind: str | None = None) -> tuple[Fact, ...]:
    """The facts the contract suite replays (of one kind, or all)."""
    return tuple(f for f in facts() if f.replay != "none" and (kind is None or f.replay == kind))


def fact(source_id: str, fact_id: str) -> Fact:
    for item in facts():
        if (item.source.id, item.id) == (source_id, fact_id):
            return item
    raise KeyError(f"no fact {source_id}#{fact_id}")
