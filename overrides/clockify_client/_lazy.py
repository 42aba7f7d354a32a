"""A package's public names, imported on first use (PEP 562), so that importing the package costs nothing
until one is used: the pytest plugin is loaded by every pytest run in an environment that has the client
installed, whether the project tests against Clockify or not."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def exports(package: str, where: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose public names live in the modules ``where``
    gives (name -> module; a name that is the module's own last part is the module itself)."""
    namespace = importlib.import_module(package).__dict__

    def getattr_(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        loaded = importlib.import_module(module)
        value = loaded if module.rpartition(".")[2] == name else getattr(loaded, name)
        namespace[name] = value  # found by ordinary lookup from now on
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *where})

    return getattr_, dir_
