"""Answers a request's body cannot predict: credentials, server states (401, 403, 404, 429, 500), and the one
client-side policy (detailed pageSize 0), each replayed from its cassette."""

from __future__ import annotations

import httpx
import pytest
from clockify_client import Clockify, errors
from hypothesis import given
from hypothesis import strategies as st

from contract_tests import build_cassettes, cassette_io, catalog, checks, strategies
from contract_tests.catalog import Call, RequestClass
from contract_tests.conftest import FAKE_KEY, Replay, contract_settings
from contract_tests.secrets_scan import FAKE_KEYS

pytestmark = pytest.mark.contract

FAKE_TOKEN = FAKE_KEYS[1]
SCENARIO_CALLS = [(name, op) for name, ops in build_cassettes.SCENARIO_OPERATIONS.items() for op in ops]
NO_TOKEN_OPERATIONS = [op for op in sorted(catalog.operations()) if catalog.NO_TOKEN in catalog.documented_outcomes(op)]


@pytest.mark.parametrize("operation_id", NO_TOKEN_OPERATIONS)
def test_not_exactly_one_credential_is_refused_by_the_client_and_answered_401_by_the_server(
    operation_id: str, replay: Replay, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client's side: it cannot even be built without exactly one credential.
    monkeypatch.delenv("CLOCKIFY_API_KEY", raising=False)
    with pytest.raises(errors.ConfigurationError):
        Clockify()
    with pytest.raises(errors.ConfigurationError):
        Clockify(api_key=FAKE_KEY, addon_token=FAKE_TOKEN)
    # The server's side, for a hand-made request: the recorded 401, mapped by the client's error table.
    expected = cassette_io.answers(operation_id)[RequestClass(operation_id, catalog.NO_TOKEN)]
    method = catalog.operations()[operation_id].method
    with replay(operation_id), httpx.Client() as raw:

        @contract_settings()
        @given(strategies.valid_calls(operation_id), st.sampled_from(["none", "both"]))
        def check(call: Call, credentials: str) -> None:
            headers = {"X-Api-Key": FAKE_KEY, "X-Addon-Token": FAKE_TOKEN} if credentials == "both" else {}
            response = raw.request(method, call.url(), json=call.body, headers=headers)
            error = errors.error_from_response(response.status_code, response.content, operation_id=operation_id)
            assert type(error) is errors.AuthenticationError is errors.class_for_status(expected.status)
            case = catalog.error_case(operation_id, catalog.NO_TOKEN)  # the live core code, or seed 004's on Reports
            assert (error.status_code, error.code, error.message) == (401, case.code, case.message)
            assert response.content == expected.body

        check()


@pytest.mark.parametrize(("scenario", "operation_id"), SCENARIO_CALLS)
def test_server_states_map_to_their_exception_class(
    scenario: str, operation_id: str, replay: Replay, client: Clockify
) -> None:
    answer = cassette_io.answers(scenario)[RequestClass(operation_id, catalog.OK)]
    body = catalog.scenario_error(scenario, operation_id)
    with replay(scenario) as cassette:

        @contract_settings()
        @given(strategies.valid_calls(operation_id))
        def check(call: Call) -> None:
            before = dict(cassette.play_counts)
            with pytest.raises(errors.APIError) as raised:
                checks.send(client, call)
            cls, status, _ = checks.played_answer(cassette, before)
            assert cls == RequestClass(operation_id, catalog.OK)
            assert type(raised.value) is errors.class_for_answer(status, body.code, body.message)
            assert (raised.value.status_code, raised.value.code, raised.value.message) == (
                answer.status,
                body.code,
                body.message,
            )
            if scenario == "rate-limited":
                assert isinstance(raised.value, errors.RateLimitError)
                assert raised.value.retry_after == float(answer.headers["Retry-After"][0])

        check()


def test_detailed_page_size_0_is_refused_by_policy_though_the_server_accepts_it(
    replay: Replay, client: Clockify
) -> None:
    """Seed 004: pageSize 0 returns every row at once. The client refuses it as a policy (code None), and the
    same request sent anyway is an ordinary success: the refusal is the client's choice, not a server error."""
    op = "generateDetailedReport"
    with replay(op) as cassette:

        @contract_settings()
        @given(strategies.valid_calls(op))
        def check(call: Call) -> None:
            body = {**call.body, "detailedFilter": {**call.body["detailedFilter"], "pageSize": 0}}
            zero = Call(op, call.path, call.query, body)
            with pytest.raises(errors.RequestValidationError) as refused:
                checks.send(client, zero)
            assert [(p.policy, p.code, p.path) for p in refused.value.problems] == [
                (True, None, "$.detailedFilter.pageSize")
            ]
            before = dict(cassette.play_counts)
            assert type(checks.send(client, zero, validate=False)).__name__ == "TimeEntryDetailedReportDto"
            assert checks.played_answer(cassette, before)[0] == RequestClass(op, catalog.OK)

        check()
