"""The facts of the evidence corpus (``evidence/``), replayed like the documented cases.

* The corpus follows its schema; a malformed file fails loudly.
* Every replayed fact has its cassette under ``cassettes/observed/``, saying "observed live (source, date)".
* Every observed answer conforms to the corrected spec.
* success: valid requests are accepted, replay the recorded body and parse into the documented model with
  every field kept (nulls included);
* refused: a valid request carrying the recorded query (and the recorded body, where the record gives one) is
  refused before sending with the live code and message, and sent anyway the recorded answer raises the same;
* server-state: the recorded answer raises the class of its status with the live code and message;
* every recorded error, replayed or not, reads through the client's error mapping with its code and message.
(That the committed observed cassettes are the builder's output is checked with all the others, in test_cassettes.py.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
import vcr.serialize  # type: ignore[import-untyped]
import vcr.serializers.yamlserializer  # type: ignore[import-untyped]
from clockify_client import Clockify, errors
from clockify_client.testing import FakeClockify
from hypothesis import given
from hypothesis import strategies as st

from contract_tests import cassette_io, catalog, checks, evidence, fake_replay, strategies
from contract_tests.catalog import Call, RequestClass
from contract_tests.conftest import Replay, contract_settings

pytestmark = pytest.mark.contract

SUCCESSES = evidence.replayed("success")
REFUSALS = evidence.replayed("refused")
STATES = evidence.replayed("server-state")
ERRORS = [f for f in evidence.facts() if f.status is not None and f.status >= 400]


def _ids(facts: tuple[evidence.Fact, ...] | list[evidence.Fact]) -> list[str]:
    return [f.name for f in facts]


def _interaction(fact: evidence.Fact) -> cassette_io.Interaction:
    (only,) = cassette_io.load(cassette_io.cassette_path(fact.name))
    return only


def test_the_corpus_is_well_formed_and_names_its_sources() -> None:
    facts = evidence.facts()
    assert len({(f.source.id, f.id) for f in facts}) == len(facts)
    assert all(f.source.where and f.date for f in facts)
    assert {f.source.recorded for f in facts} == {"live", "hand-made"}
    assert all(f.source.live for f in evidence.replayed())


def test_a_malformed_fact_is_refused(tmp_path: Path) -> None:
    good = (evidence.EVIDENCE / "go-clockify-qa-reports.yaml").read_text("utf-8")
    (tmp_path / "go-clockify-qa-reports.yaml").write_text(good.replace("recorded: live", "recorded: maybe"), "utf-8")
    with pytest.raises(evidence.EvidenceError, match="recorded must be one of"):
        evidence.load_file(tmp_path / "go-clockify-qa-reports.yaml")
    (tmp_path / "x.yaml").write_text(
        good.replace("id: go-clockify-qa-reports", "id: x").replace("replay: refused", "replay: sometimes"), "utf-8"
    )
    with pytest.raises(evidence.EvidenceError, match="replay must be one of"):
        evidence.load_file(tmp_path / "x.yaml")


def test_every_replayed_fact_has_its_observed_cassette() -> None:
    assert sorted(cassette_io.observed_names()) == sorted(_ids(evidence.replayed()))
    assert len(evidence.replayed()) >= 9


@pytest.mark.parametrize("fact", evidence.replayed(), ids=_ids(evidence.replayed()))
def test_observed_cassettes_say_where_and_when_they_were_observed(fact: evidence.Fact) -> None:
    path = cassette_io.cassette_path(fact.name)
    requests, responses = vcr.serialize.deserialize(path.read_text("utf-8"), vcr.serializers.yamlserializer)
    assert len(requests) == len(responses) == 1
    interaction = _interaction(fact)
    assert interaction["provenance"] == fact.provenance
    assert interaction["provenance"].startswith(cassette_io.OBSERVED)
    assert fact.date in interaction["provenance"]
    assert interaction["request_class"] == str(cassette_io.request_class(interaction))
    answer = cassette_io.answer(interaction)
    assert answer.status == fact.status
    if fact.replay == "success":
        assert json.loads(answer.body) == fact.body
    else:
        assert json.loads(answer.body) == {"code": fact.code, "message": fact.message}


@pytest.mark.parametrize("fact", evidence.replayed(), ids=_ids(evidence.replayed()))
def test_observed_answers_conform_to_the_corrected_spec(fact: evidence.Fact) -> None:
    problems = checks.conformance_problems(_interaction(fact))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("fact", SUCCESSES, ids=_ids(SUCCESSES))
def test_observed_successes_are_accepted_and_parse_with_every_field(
    fact: evidence.Fact, replay: Replay, client: Clockify
) -> None:
    assert fact.operation is not None
    with replay(fact.name) as cassette:

        @contract_settings()
        @given(strategies.valid_calls(fact.operation))
        def check(call: Call) -> None:
            checks.check_valid(client, cassette, call)

        check()


@pytest.mark.parametrize("fact", REFUSALS, ids=_ids(REFUSALS))
def test_observed_refusals_are_predicted_with_the_live_code_and_message(
    fact: evidence.Fact, replay: Replay, client: Clockify
) -> None:
    assert fact.operation is not None
    expected = cassette_io.answer(_interaction(fact))
    with replay(fact.name) as cassette:

        @contract_settings()
        @given(strategies.valid_calls(fact.operation))
        def check(call: Call) -> None:
            body = call.body if fact.sent is None else fact.sent  # a body rule: the recorded body breaks it
            refused = Call(call.operation_id, call.path, {**call.query, **fact.query}, body)
            checks.check_documented_error(client, cassette, refused, catalog.OK, expected)

        check()


@pytest.mark.parametrize("fact", STATES, ids=_ids(STATES))
def test_observed_server_states_raise_the_live_code_and_message(
    fact: evidence.Fact, replay: Replay, client: Clockify
) -> None:
    operation_id, status = fact.operation, fact.status
    assert operation_id is not None
    assert status is not None
    operation = catalog.operations()[operation_id]
    with replay(fact.name) as cassette, httpx.Client() as raw:

        @contract_settings()
        @given(strategies.valid_calls(operation_id), st.just(None))
        def check(call: Call, _: None) -> None:
            before = dict(cassette.play_counts)
            if fact.credential == "none":  # the client cannot be built without a key: a hand-made request
                response = raw.request(operation.method, call.url())
                raised = errors.error_from_response(response.status_code, response.content)
            else:
                with pytest.raises(errors.APIError) as caught:
                    checks.send(client, call)
                raised = caught.value
            cls, status, _body = checks.played_answer(cassette, before)
            outcome = catalog.NO_TOKEN if fact.credential == "none" else catalog.OK
            assert cls == RequestClass(operation_id, outcome)
            assert type(raised) is errors.class_for_status(status)
            assert (raised.status_code, raised.code, raised.message) == (fact.status, fact.code, fact.message)

        check()


@pytest.mark.parametrize("fact", ERRORS, ids=_ids(ERRORS))
def test_every_recorded_error_reads_through_the_error_mapping(fact: evidence.Fact) -> None:
    assert fact.status is not None
    body = json.dumps(fact.error_body()).encode()
    raised = errors.error_from_response(fact.status, body)
    assert type(raised) is errors.class_for_status(fact.status)
    assert raised.code == fact.code
    if fact.message is not None:
        assert raised.message == fact.message


def test_the_corrections_cite_exactly_the_evidence_files() -> None:
    from scripts.spec_build import OVERLAY, corrections, load_document

    cited = {
        name
        for record in corrections(load_document(OVERLAY))
        for name in re.findall(r"contract_tests/evidence/([\w.-]+\.yaml)", record.evidence)
    }
    on_disk = {p.name for p in evidence.EVIDENCE.glob("*.yaml")}
    assert cited <= on_disk, f"cited but missing: {sorted(cited - on_disk)}"
    assert on_disk <= cited, f"sources no correction cites: {sorted(on_disk - cited)}"


@pytest.mark.parametrize("fact", REFUSALS, ids=_ids(REFUSALS))
def test_the_testing_fake_refuses_as_the_live_api_did(fact: evidence.Fact) -> None:
    assert fake_replay.problems(FakeClockify(), fake_replay.cases([fact.name])) == []
