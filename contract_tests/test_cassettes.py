"""The cassettes themselves: vcrpy reads them, they are what the builder writes, they cover every operation and
every documented error, (c) every recorded response conforms to the corrected spec, and the spec's error
annotations say what seed 004 says."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import vcr.serialize  # type: ignore[import-untyped]
import vcr.serializers.yamlserializer  # type: ignore[import-untyped]

from contract_tests import build_cassettes, cassette_io, catalog, checks, evidence, strategies
from contract_tests.catalog import RequestClass

pytestmark = pytest.mark.contract

NAMES = cassette_io.names()
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def test_the_cassette_folder_holds_one_cassette_per_operation_and_scenario() -> None:
    assert sorted(NAMES) == sorted([*catalog.operations(), *cassette_io.SCENARIOS])
    assert len(catalog.operations()) == 32


def test_the_committed_cassettes_are_the_builders_output() -> None:
    built = build_cassettes.build()
    on_disk = {str(p.relative_to(cassette_io.CASSETTES)) for p in cassette_io.CASSETTES.rglob("*.yaml")}
    assert set(built) == on_disk
    stale = [name for name, text in built.items() if (cassette_io.CASSETTES / name).read_text("utf-8") != text]
    assert not stale, f"run `python -m contract_tests.build_cassettes`; these differ: {stale}"


@pytest.mark.parametrize("name", NAMES)
def test_vcrpy_reads_the_cassette_and_ignores_the_extra_keys(name: str) -> None:
    path = cassette_io.cassette_path(name)
    text = path.read_text("utf-8")
    assert text.startswith("# VCR cassette (vcrpy YAML)")
    requests, responses = vcr.serialize.deserialize(text, vcr.serializers.yamlserializer)
    interactions = cassette_io.load(path)
    assert len(requests) == len(responses) == len(interactions) > 0
    classes = [cassette_io.request_class(i) for i in interactions]
    assert len(set(classes)) == len(classes), "two interactions of one class: the matcher could not choose"
    for interaction, cls, request in zip(interactions, classes, requests, strict=True):
        provenance = interaction["provenance"]
        assert provenance.startswith(cassette_io.WRITTEN) or re.match(
            re.escape(cassette_io.RECORDED) + r"\d{4}-\d{2}-\d{2}\b", provenance
        ), provenance
        assert provenance.startswith(cassette_io.RECORDED) or provenance.endswith("not recorded")
        assert interaction["request_class"] == str(cls), "the recorded request_class is stale"
        assert request.uri == interaction["request"]["uri"]
        if name not in cassette_io.SCENARIOS:
            assert cls.operation_id == name, f"{cls} is filed under {name}"


@pytest.mark.parametrize("operation_id", sorted(catalog.operations()))
def test_every_operation_has_a_success_and_every_documented_error_an_interaction(operation_id: str) -> None:
    recorded = cassette_io.answers(operation_id)
    expected = {catalog.OK, *catalog.documented_outcomes(operation_id)}
    if catalog.operations()[operation_id].is_report:
        expected.add(catalog.EXPORT_PREFIX + "CSV")
    assert {c.outcome for c in recorded} == expected
    assert 200 <= recorded[RequestClass(operation_id, catalog.OK)].status < 300
    for outcome in catalog.documented_outcomes(operation_id):
        case = catalog.error_case(operation_id, outcome)
        answer = recorded[RequestClass(operation_id, outcome)]
        assert (answer.status, answer.body.decode()) == (case.status, case.body())


@pytest.mark.parametrize("name", cassette_io.SCENARIOS)
def test_every_scenario_answers_each_of_its_requests_with_its_error(name: str) -> None:
    case = catalog.SCENARIO_ERRORS[name]
    answers = cassette_io.answers(name, cassette_io.CASSETTES)
    assert {c.outcome for c in answers} == {catalog.OK}
    assert {(a.status, a.body.decode()) for a in answers.values()} == {(case.status, case.body())}
    if name == "rate-limited":
        assert all(a.headers.get("Retry-After") for a in answers.values())


# --- (c) conformance ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_recorded_response_conforms_to_the_corrected_spec(name: str) -> None:
    problems = [p for i in cassette_io.load(cassette_io.cassette_path(name)) for p in checks.conformance_problems(i)]
    assert not problems, "\n".join(problems)


# --- The spec's error annotations against seed 004 ----------------------------------------------------------


def _break(body: dict[str, Any], path: strategies.Path, keyword: str, node: Any) -> None:
    """Break ``body`` at ``path`` the way ``keyword`` of the schema ``node`` forbids."""
    if keyword.startswith("required:"):
        target: Any = body
        for step in path:
            target = target[step]
        del target[keyword.split(":", 1)[1]]
        return
    values = {
        "minLength": "",
        "pattern": "2024-01-01",
        "enum": "NOT_A_VALUE",
        "maximum": node.get("maximum", 0) + 1,
        "minItems": [],
        "maxItems": [node.get("items", {}).get("enum", ["x"])[0]] * (node.get("maxItems", 0) + 1),
    }
    strategies.set_at(body, path, values[keyword])


def _sites() -> list[tuple[str, strategies.Site]]:
    return [
        (op, site)
        for op in sorted(catalog.operations())
        for site in strategies.annotated(op)
        if not site[2].get("policy")
    ]


@pytest.mark.parametrize(
    ("operation_id", "site"), _sites(), ids=lambda v: "/".join(v[0]) + ":" + v[1] if isinstance(v, tuple) else v
)
def test_each_error_the_spec_annotates_is_the_seeds_or_the_live_answer(
    operation_id: str, site: strategies.Site
) -> None:
    path, keyword, entry, node = site
    if not catalog.operations()[operation_id].is_report:  # the seeds model the Reports API; core rules are observed
        observed = {(f.status, f.code, f.message) for f in evidence.replayed("refused") if f.operation == operation_id}
        assert (entry["status"], entry["code"], entry["message"]) in observed, "no live record refuses it so"
        return
    body = copy.deepcopy(dict(build_cassettes.REPORT_BODIES[operation_id]))
    _break(body, path, keyword, node)
    outcome = catalog.report_outcome(operation_id, body)
    assert outcome in catalog.documented_outcomes(operation_id), f"the seeds' model says {outcome!r}"
    case = catalog.error_case(operation_id, outcome)
    field = ".".join("[0]" if p == "[]" else p for p in path).replace(".[0]", "[0]")
    message = entry["message"].replace("{operationId}", operation_id).replace("{path}", field)
    assert (entry["status"], entry["code"], message) == (case.status, case.code, case.message)


@pytest.mark.parametrize("operation_id", sorted(op for op, o in catalog.operations().items() if o.is_report))
def test_the_date_order_rule_is_the_seeds_answer(operation_id: str) -> None:
    schema = catalog.operations()[operation_id].body_schema or {}
    (rule,) = schema["x-clockify-rules"]
    body = {**build_cassettes.REPORT_BODIES[operation_id], "dateRangeStart": "2024-02-01T00:00:00.000Z"}
    assert catalog.report_outcome(operation_id, body) == catalog.DATE_ORDER
    case = catalog.error_case(operation_id, catalog.DATE_ORDER)
    assert (rule["rule"], rule["fields"]) == ("before", ["dateRangeStart", "dateRangeEnd"])
    assert (rule["error"]["status"], rule["error"]["code"], rule["error"]["message"]) == (
        case.status,
        case.code,
        case.message,
    )


def test_the_error_bodies_are_seed_004_verbatim() -> None:
    found = sorted(SEEDS.glob("004_*.txt"))
    if not found:
        pytest.skip(f"seed 004 is not beside the checkout ({SEEDS})")
    seed = found[0].read_text("utf-8")
    guide = seed[seed.index("## ERROR HANDLING GUIDE") : seed.index("## TESTING & VALIDATION")]
    for outcome, case in catalog.SEED_004_ERRORS.items():
        assert f'{{"code": {case.code}, "message": "{case.message}"}}' in guide, outcome
    assert guide.count('{"code"') == len(catalog.SEED_004_ERRORS)  # the guide lists no body the suite lacks
