"""Contains some shared types for properties"""

import datetime
import math
import re
from collections.abc import Mapping, MutableMapping
from decimal import Decimal
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeAlias, TypeVar  # (JSON values)

from attrs import (
    define,
    fields,  # (reprs)
)


class Unset:
    """A field the answer did not hold (or an argument not given): it is not sent."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # a model's repr reads name=UNSET, not <Unset object at 0x...>
        return "UNSET"


UNSET: Unset = Unset()


# --- JSON values: what a schema {} (any JSON value) holds, typed without Any ------------------------------
JsonValue: TypeAlias = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]
# --- end of JSON values ---------------------------------------------------------------------------------


# --- reprs: a generated model shows the fields that are set -----------------------------------------
def model_repr(model: Any) -> str:
    """``Name(field=value, ...)`` over the fields that are set, in declaration order (``UNSET`` ones left
    out), then ``additional_properties`` when the answer held fields the spec does not know."""
    shown = [
        f"{field.name}={value!r}"
        for field in fields(type(model))
        if field.name != "additional_properties" and not isinstance(value := getattr(model, field.name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


# --- end of reprs -------------------------------------------------------------------------------------

_NUMBER = r"([-+]?\d+(?:[.,]\d+)?)"
_ISO_DURATION = re.compile(
    rf"([-+])?P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?",
    re.ASCII,
)
_UNITS = (604800, 86400, 3600, 60, 1)  # weeks, days, hours, minutes, seconds


def iso_duration(text: str) -> datetime.timedelta:
    """An ISO-8601 duration (``PT1H30M``, ``P1DT2H``, ``PT0.5S``, Java's signed parts ``PT-1H``) as a
    ``timedelta``. ``ValueError`` for anything else, for years and months (their length in days is not
    fixed) and for a value out of ``timedelta``'s range; ``TypeError`` for a value that is not a string."""
    if type(text) is not str:
        raise TypeError(f"an ISO-8601 duration is a string, not {type(text).__name__}")
    upper = text.strip().upper()
    match = _ISO_DURATION.fullmatch(upper)
    # "P" alone and a "T" with nothing after it are not durations.
    if not match or not any(match.groups()[1:]) or upper.endswith("T"):
        raise ValueError(f"not an ISO-8601 duration: {text!r}")
    sign, years, months, *parts = match.groups()
    if any(part and Decimal(part.replace(",", ".")) for part in (years, months)):
        raise ValueError(f"a duration in years or months has no fixed length: {text!r}")
    try:
        if "." not in upper and "," not in upper:  # whole numbers (the server's own form): plain integers
            seconds = sum(int(part) * unit for part, unit in zip(parts, _UNITS) if part)
            return datetime.timedelta(seconds=-seconds if sign == "-" else seconds)
        total = sum((Decimal(part.replace(",", ".")) * unit for part, unit in zip(parts, _UNITS) if part), Decimal(0))
        # Exact to the microsecond, rounded half to even below it (as timedelta rounds).
        return datetime.timedelta(microseconds=int((-total if sign == "-" else total).scaleb(6).to_integral_value()))
    except OverflowError:
        raise ValueError(f"duration out of range: {text!r}") from None


def iso_duration_text(value: datetime.timedelta) -> str:
    """A ``timedelta`` as the ISO-8601 duration Clockify writes (Java's form: ``PT1H30M``, ``PT26H``,
    ``PT0S``, ``PT-1H-30M``); ``iso_duration`` reads it back to the same value."""
    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    sign, micros = ("-", -micros) if micros < 0 else ("", micros)
    hours, rest = divmod(micros, 3_600_000_000)
    minutes, rest = divmod(rest, 60_000_000)
    seconds = f"{Decimal(rest).scaleb(-6):f}" if rest else ""
    if "." in seconds:  # trailing zeros of the fraction only: 20 seconds stay "20S"
        seconds = seconds.rstrip("0").rstrip(".")
    parts = [f"{sign}{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M")) if n]
    if seconds or not parts:
        parts.append(f"{sign if rest else ''}{seconds or 0}S")
    return "PT" + "".join(parts)


def _seconds(value: Any) -> datetime.timedelta:
    if type(value) is int or (type(value) is float and math.isfinite(value)):
        try:
            return datetime.timedelta(seconds=value)
        except OverflowError:
            raise ValueError(f"duration out of range: {value!r}") from None
    raise ValueError(f"not a number of seconds: {value!r}")


def _seconds_json(value: datetime.timedelta) -> int | float:
    micros = value // datetime.timedelta(microseconds=1)
    return micros // 1_000_000 if micros % 1_000_000 == 0 else micros / 1_000_000


# A duration's wire forms, as the spec names them (`x-clockify-duration`): how to read one, how to write one.
_READ = {"iso8601": iso_duration, "seconds": _seconds}
_WRITE = {"iso8601": iso_duration_text, "seconds": _seconds_json}


def duration_from_json(value: Any, forms: tuple[str, ...]) -> Any:
    """A duration field as the model holds it: a ``timedelta`` from whichever of the spec's wire ``forms``
    (``iso8601``, a text; ``seconds``, a number) the value is in; null and UNSET as they are. ``ValueError`` for
    anything else (a form the field is not sent in, a malformed text, a value out of ``timedelta``'s range)."""
    if value is None or isinstance(value, Unset):
        return value
    form = "iso8601" if type(value) is str else "seconds"
    if form not in forms:
        raise ValueError(f"not a duration ({' or '.join(forms)}): {value!r}")
    return _READ[form](value)


def duration_to_json(value: datetime.timedelta | None | Unset, form: str) -> str | int | float | None | Unset:
    """A duration field as JSON holds it, in the spec's first wire form (an ISO-8601 text, or a number of
    seconds: whole when it is); null and UNSET as they are. A model read from an answer writes the value back
    in the form the server sends."""
    return _WRITE[form](value) if isinstance(value, datetime.timedelta) else value  # null, UNSET or a raw value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "duration_from_json",
    "duration_to_json",
    "iso_duration",
    "iso_duration_text",
]
