"""A Clockify client people can rely on: the generated ``clockify_api`` package, wrapped in a layer
that absorbs the API's documented quirks (validation, serialization, tolerant reading, paging)."""

from typing import TYPE_CHECKING

from clockify_client import _lazy

if TYPE_CHECKING:
    from clockify_api.types import UNSET, Unset

    from clockify_client import errors
    from clockify_client._reading import (
        Amount,
        AttendancePage,
        AttendanceRow,
        DetailedEntry,
        DetailedReportPage,
        DetailedTotals,
        ExpensePage,
        ExpenseRow,
        ExpenseTotals,
        Tag,
    )
    from clockify_client._resilience import RateLimiter
    from clockify_client._tolerance import Mismatch, ModelList, mismatches
    from clockify_client._version import __version__
    from clockify_client.clockify import AsyncClockify, Clockify
    from clockify_client.resources import AsyncPaged, Paged

__all__ = [
    "UNSET",
    "Amount",
    "AsyncClockify",
    "AsyncPaged",
    "AttendancePage",
    "AttendanceRow",
    "Clockify",
    "DetailedEntry",
    "DetailedReportPage",
    "DetailedTotals",
    "ExpensePage",
    "ExpenseRow",
    "ExpenseTotals",
    "Mismatch",
    "ModelList",
    "Paged",
    "RateLimiter",
    "Tag",
    "Unset",
    "__version__",
    "errors",
    "mismatches",
]

# Where each public name lives: imported on first use (``_lazy``).
if not TYPE_CHECKING:  # a type checker reads the imports above, and refuses a name that is not there
    __getattr__, __dir__ = _lazy.exports(
        __name__,
        {
            "UNSET": "clockify_api.types",
            "Unset": "clockify_api.types",
            "errors": "clockify_client.errors",
            "Amount": "clockify_client._reading",
            "AttendancePage": "clockify_client._reading",
            "AttendanceRow": "clockify_client._reading",
            "DetailedEntry": "clockify_client._reading",
            "DetailedReportPage": "clockify_client._reading",
            "DetailedTotals": "clockify_client._reading",
            "ExpensePage": "clockify_client._reading",
            "ExpenseRow": "clockify_client._reading",
            "ExpenseTotals": "clockify_client._reading",
            "Tag": "clockify_client._reading",
            "RateLimiter": "clockify_client._resilience",
            "Mismatch": "clockify_client._tolerance",
            "ModelList": "clockify_client._tolerance",
            "mismatches": "clockify_client._tolerance",
            "AsyncClockify": "clockify_client.clockify",
            "Clockify": "clockify_client.clockify",
            "AsyncPaged": "clockify_client.resources",
            "Paged": "clockify_client.resources",
            "__version__": "clockify_client._version",
        },
    )
