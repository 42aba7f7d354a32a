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

from typing import TYPE_CHECKING

from clockify_client import _lazy

if TYPE_CHECKING:
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

# Where each public name lives: imported on first use (``_lazy``), as the pytest plugin's import should cost nothing.
if not TYPE_CHECKING:  # a type checker reads the imports above, and refuses a name that is not there
    __getattr__, __dir__ = _lazy.exports(
        __name__,
        {
            "FALLBACK": "clockify_client.testing._answers",
            "Answer": "clockify_client.testing._answers",
            "SERVED_HOOKS": "clockify_client.testing._fake",
            "FakeClockify": "clockify_client.testing._fake",
            "Faults": "clockify_client.testing._fake",
            "Served": "clockify_client.testing._fake",
            "Seed": "clockify_client.testing._seed",
            "Store": "clockify_client.testing._state",
            "answer_body": "clockify_client.testing._bodies",
            "complete_body": "clockify_client.testing._bodies",
            "sample_body": "clockify_client.testing._bodies",
        },
    )
