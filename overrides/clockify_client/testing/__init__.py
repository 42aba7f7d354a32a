"""A faithful local Clockify for testing code that uses the client (or any HTTP client).

    from clockify_client.testing import FakeClockify

    fake = FakeClockify()
    me = fake.store.add_user(fake.store.add_workspace("Acme")["id"], "Ada")
    with fake.client(api_key=me["apiKey"]) as clockify:
        ...

``FakeClockify`` is an httpx transport (sync and async); ``python -m clockify_client.testing serve
--port N`` serves the same fake over HTTP on 127.0.0.1; the pytest plugin (``clockify_fake``,
``clockify``, ``async_clockify`` fixtures) is registered as the ``clockify`` pytest11 entry point.
``sample_body``, ``answer_body`` and ``complete_body`` build whole answer bodies from the spec, every field
the server always sends included, for tests that script answers themselves.
"""

from clockify_client.testing._answers import FALLBACK, Answer
from clockify_client.testing._bodies import answer_body, complete_body, sample_body
from clockify_client.testing._fake import SERVED_HOOKS, FakeClockify, Faults, Served
from clockify_client.testing._seed import Seed
from clockify_client.testing._state import Store

__all__ = [
    "FALLBACK",
    "SERVED_HOOKS",
    "Answer",
    "FakeClockify",
    "Faults",
    "Seed",
    "Served",
    "Store",
    "answer_body",
    "complete_body",
    "sample_body",
]
