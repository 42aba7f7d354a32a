"""``python -m clockify_client.testing serve --port N``: the fake Clockify over HTTP on 127.0.0.1."""

from __future__ import annotations

import sys

from clockify_client.testing._serve import main

if __name__ == "__main__":
    sys.exit(main())
