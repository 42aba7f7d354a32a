"""spec/CORRECTIONS.md is the rendering of the corrections file, like every other generated artefact."""

from __future__ import annotations

from scripts.corrections_doc import CORRECTIONS_DOC, render
from scripts.spec_build import OVERLAY, corrections, load_document


def test_the_committed_corrections_doc_is_the_rendering() -> None:
    assert CORRECTIONS_DOC.read_text(encoding="utf-8") == render(load_document(OVERLAY)), "run `make generate`"


def test_every_correction_has_a_section_with_its_record() -> None:
    overlay = load_document(OVERLAY)
    text = render(overlay)
    for c in corrections(overlay):
        section = text.split(f"\n## {c.id}\n", 1)[1].split("\n## ", 1)[0]
        assert f"1. [{c.id}](#{c.id})" in text, "listed in the table of contents"
        for value in (c.says, c.documented, c.evidence, c.date, c.witness, *c.targets):
            assert value in section, (c.id, value)
        assert ("**Policy:**" in section) == c.policy, c.id
