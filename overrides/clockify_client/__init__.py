"""A Clockify client people can rely on: the generated ``clockify_api`` package, wrapped in a layer
that absorbs the API's documented quirks (validation, serialization, tolerant reading, paging)."""

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
