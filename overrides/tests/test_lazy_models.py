"""The models package imports a model's module when its name is first asked for: a first call pays only
for the models it reads, while every name stays importable and visible (``__all__``, ``dir()``, type
checkers through the ``TYPE_CHECKING`` imports of ``scripts/templates/models_init.py.jinja``)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from clockify_client.testing import sample_body

FIRST_CALL = """
import json, sys
import httpx
from clockify_client import Clockify
answer = json.loads(sys.argv[1])
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
me = Clockify(api_key="lazy-models-test-key", transport=transport, rate_limit=None).users.me()
import clockify_api.models as models
loaded = [m for m in sys.modules if m.startswith("clockify_api.models.")]
print(json.dumps({"id": me.id, "type": type(me).__name__, "loaded": len(loaded), "all": len(models.__all__)}))
"""


# A whole answer (every field the server always sends), made here: the child imports only the client.
ANSWER = sample_body("UserDtoV1", id="u1", name="Ada", email="ada@example.com")


def test_a_first_call_imports_only_the_models_it_reads() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CALL, json.dumps(ANSWER)], capture_output=True, text=True, check=True, timeout=120
    )
    seen = json.loads(done.stdout)
    assert (seen["id"], seen["type"]) == ("u1", "UserDtoV1")
    assert seen["all"] > 100
    assert seen["loaded"] < seen["all"] // 4  # every model would be all of them


def test_every_name_is_still_there() -> None:
    import clockify_api.models as models

    assert set(models.__all__) <= set(dir(models))
    for name in models.__all__:
        cls = getattr(models, name)
        assert cls.__name__ == name
        assert cls.__module__.startswith("clockify_api.models.")
    from clockify_api.models import TagDtoV1  # the import statement users write

    assert TagDtoV1 is models.TagDtoV1
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
