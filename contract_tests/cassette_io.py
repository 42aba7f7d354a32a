"""Reading and writing the cassettes: vcrpy's YAML format, plus two keys per interaction that vcrpy ignores.

vcrpy 9.x reads ``interactions[i].request`` and ``interactions[i].response`` and nothing else of an
interaction (``vcr.serialize.deserialize``), so each interaction also carries

  provenance     "written from seed 004, ..., not recorded" or "recorded live on <date>"
  request_class  the class the contract suite's matcher maps requests to (catalog.classify)

and each file opens with a comment saying what it is and how it is made. ``test_cassette_format`` proves
vcrpy loads these files and that the two keys are there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from contract_tests import catalog
from scripts.spec_build import read_yaml  # the suite reads every cassette many times

CASSETTES = Path(__file__).resolve().parent / "cassettes"
SCENARIO_DIR = "scenarios"
# Server states a request cannot select: each is a cassette of its own, matched by the same request classes.
SCENARIOS = ("invalid-key", "forbidden", "not-found", "rate-limited", "server-error")
# Facts of the evidence corpus (contract_tests/evidence/), one cassette each, named "<source>--<fact>".
OBSERVED_DIR = "observed"
OBSERVED_SEPARATOR = "--"
WRITTEN = "written from "
RECORDED = "recorded live on "
OBSERVED = "observed live ("

Interaction = dict[str, Any]


def relative_path(name: str) -> str:
    """``<operationId>.yaml`` for an operation's cassette, ``scenarios/<name>.yaml`` for a scenario,
    ``observed/<source>--<fact>.yaml`` for a fact observed live."""
    if name in SCENARIOS:
        return f"{SCENARIO_DIR}/{name}.yaml"
    if OBSERVED_SEPARATOR in name:
        return f"{OBSERVED_DIR}/{name}.yaml"
    return f"{name}.yaml"


def cassette_path(name: str, root: Path = CASSETTES) -> Path:
    return root / relative_path(name)


class _Dumper(yaml.SafeDumper):
    """Multi-line text (pretty JSON bodies, CSV) as literal blocks, so a reviewer reads it as it is."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def header(name: str) -> str:
    if name in SCENARIOS:
        what = f"scenario {name!r}: the server state in which every request of these classes gets this answer"
    elif OBSERVED_SEPARATOR in name:
        what = f"fact {name!r} of contract_tests/evidence/: an answer the live API was publicly recorded to give"
    else:
        op = catalog.operations()[name]
        what = f"{name}: {op.method} {op.path}"
    return "\n".join(
        [
            f"# VCR cassette (vcrpy YAML) for {what}.",
            "# Built by `python -m contract_tests.build_cassettes` from the table in that file, keeping every",
            "# interaction `make record` recorded live. Do not edit by hand: a test compares this file with the",
            "# builder's output. Per interaction, `provenance` says where it comes from and `request_class` which",
            "# requests replay it (contract_tests/catalog.py); vcrpy ignores both keys.",
        ]
    )


def dump(name: str, interactions: list[Interaction]) -> str:
    text = yaml.dump(
        {"version": 1, "interactions": interactions},
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=120,
        default_flow_style=False,
    )
    return header(name) + "\n" + text


def load(path: Path) -> list[Interaction]:
    data = read_yaml(path.read_text(encoding="utf-8"))
    interactions: list[Interaction] = data["interactions"]
    return interactions


def names(root: Path = CASSETTES) -> list[str]:
    """Every cassette under root, by name (operationId or scenario; observed facts: ``observed_names``)."""
    found = [p.stem for p in sorted(root.glob("*.yaml"))]
    return found + [p.stem for p in sorted((root / SCENARIO_DIR).glob("*.yaml"))]


def observed_names(root: Path = CASSETTES) -> list[str]:
    """Every cassette built from a fact of the evidence corpus."""
    return [p.stem for p in sorted((root / OBSERVED_DIR).glob("*.yaml"))]


@dataclasses.dataclass(frozen=True)
class Answer:
    """A recorded response, read straight from the file (not through the client under test)."""

    status: int
    headers: Mapping[str, list[str]]
    body: bytes

    @property
    def content_type(self) -> str | None:
        for name, values in self.headers.items():
            if name.lower() == "content-type" and values:
                return str(values[0]).split(";")[0].strip().lower()
        return None


def answer(interaction: Interaction) -> Answer:
    response = interaction["response"]
    body = response["body"]["string"]
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body or b"")
    return Answer(int(response["status"]["code"]), response.get("headers", {}), raw)


def request_class(interaction: Interaction) -> catalog.RequestClass:
    """The class of the recorded request, computed as the matcher computes it."""
    request = interaction["request"]
    body = request.get("body")
    return catalog.classify(request["method"], request["uri"], request.get("headers", {}), body)


def answers(name: str, root: Path = CASSETTES) -> dict[catalog.RequestClass, Answer]:
    """Each request class of a cassette and its recorded answer."""
    return {request_class(i): answer(i) for i in load(cassette_path(name, root))}
