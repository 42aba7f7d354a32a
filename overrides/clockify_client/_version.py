"""The one place the version is written: ``pyproject.toml`` reads it from here (setuptools ``attr``),
so an installed wheel and a vendored copy report the same."""

import platform

import httpx

__version__ = "0.1.0"
DISTRIBUTION = "clockify-client-toolkit"
# Names the client, its version and Python's in every request, so the server's logs can tell them apart.
USER_AGENT = f"{DISTRIBUTION}/{__version__} Python/{platform.python_version()} httpx/{httpx.__version__}"
