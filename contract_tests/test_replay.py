"""(a) and (b): generated requests replayed against the cassettes, one cassette open per test.

(a) Every valid generated request passes client validation, is answered by the recorded success of its
    class, and the answer parses into the generated model the spec documents (file exports: the file).
(b) Every generated request of a documented error class is refused before sending with exactly the recorded
    server answer of that class; sent anyway (validate=False), the recorded answer raises the same exception
    class (``errors.class_for_status``), code and message as the prediction.
    Beyond the documented classes, every body that breaks the corrected spec in any way Schemathesis's
    negative mode finds is refused before sending.
"""

from __future__ import annotations

import pytest
from clockify_client import Clockify
from hypothesis import given

from contract_tests import cassette_io, catalog, checks, strategies
from contract_tests.catalog import Call
from contract_tests.conftest import Replay, contract_settings

pytestmark = pytest.mark.contract

OPERATIONS = sorted(catalog.operations())
REPORTS = sorted(op for op in OPERATIONS if catalog.operations()[op].is_report)
ERROR_CLASSES = [
    (op, outcome)
    for op in OPERATIONS
    for outcome in catalog.documented_outcomes(op)
    if outcome != catalog.NO_TOKEN  # a request without a key cannot be built by the client: test_auth.py
]


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_valid_requests_are_accepted_and_answers_parse(operation_id: str, replay: Replay, client: Clockify) -> None:
    with replay(operation_id) as cassette:

        @contract_settings()
        @given(strategies.valid_calls(operation_id))
        def check(call: Call) -> None:
            checks.check_valid(client, cassette, call)

        check()


@pytest.mark.parametrize("operation_id", REPORTS)
def test_file_exports_return_the_recorded_file(operation_id: str, replay: Replay, client: Clockify) -> None:
    with replay(operation_id) as cassette:

        @contract_settings()
        @given(strategies.export_calls(operation_id))
        def check(call: Call) -> None:
            checks.check_export(client, cassette, call)

        check()


@pytest.mark.parametrize(("operation_id", "outcome"), ERROR_CLASSES)
def test_documented_errors_are_predicted_as_the_server_answers(
    operation_id: str, outcome: str, replay: Replay, client: Clockify
) -> None:
    expected = cassette_io.answers(operation_id)[catalog.RequestClass(operation_id, outcome)]
    with replay(operation_id) as cassette:

        @contract_settings()
        @given(strategies.invalid_calls(operation_id, outcome))
        def check(call: Call) -> None:
            checks.check_documented_error(client, cassette, call, outcome, expected)

        check()


WITH_BODY = [op for op in OPERATIONS if catalog.operations()[op].body_schema is not None]


@pytest.mark.parametrize("operation_id", WITH_BODY)
def test_bodies_that_break_the_spec_are_refused_before_sending(
    operation_id: str, replay: Replay, client: Clockify
) -> None:
    with replay(operation_id) as cassette:

        @contract_settings()
        @given(strategies.negative_body_calls(operation_id))
        def check(call: Call) -> None:
            checks.check_refused(client, cassette, call)

        check()
