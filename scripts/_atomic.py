"""Writing a set of outputs all at once: stage them apart, then swap them in with Ctrl-C held back.

A command that writes several files (a spec, a generated package, reports) stages each in a scratch
directory and calls ``swap_in`` at the end: the tree holds either the old outputs or the new ones,
never half of each, whenever the user presses Ctrl-C.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import FrameType


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) back until the block ends, then raise it as KeyboardInterrupt."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def swap_in(outputs: Mapping[Path, Path]) -> None:
    """Move each staged file or directory (key) onto its place in the tree (value), replacing what is there.

    Runs with Ctrl-C held back. A directory's old version is moved aside first and deleted last, so
    the place is never empty for longer than two renames.
    """
    with interrupts_held():
        for staged, place in outputs.items():
            place.parent.mkdir(parents=True, exist_ok=True)
            if staged.is_dir():
                aside = Path(tempfile.mkdtemp(prefix=f".{place.name}.old-", dir=place.parent))
                if place.exists():
                    place.rename(aside / place.name)
                shutil.move(str(staged), str(place))
                shutil.rmtree(aside, ignore_errors=True)
            else:
                shutil.move(str(staged), str(place))  # a rename on one file system: atomic
