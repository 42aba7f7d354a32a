"""Only ``ClockifyError`` escapes the public surface: a public method called with arguments its signature
does not take (a misspelt keyword, one positional too many, a missing one) is a ``ConfigurationError``
naming the public method, as the generated methods and the constructors answer, not a ``TypeError`` naming
an inner function.

One mechanism for every public method: ``strict_surface`` wraps them at class creation. The wrapper costs
nothing until a ``TypeError`` comes out; then the arguments are bound against the method's own signature,
and only a failed binding is turned into a ``ConfigurationError`` (a ``TypeError`` from deeper inside is a
bug and stays one).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from clockify_client.errors import ConfigurationError


def _refusal(function: Callable[..., Any], public_name: str, args: Any, kwargs: Any) -> ConfigurationError | None:
    try:
        inspect.signature(function).bind(*args, **kwargs)
    except TypeError as exc:
        return ConfigurationError(f"{public_name}(): {exc}; see help({public_name})")
    return None


def _called(function: Callable[..., Any], public_name: str, args: Any, kwargs: Any) -> Any:
    """``function(*args, **kwargs)``; a TypeError from binding its arguments as a ConfigurationError."""
    try:
        return function(*args, **kwargs)
    except TypeError:
        refusal = _refusal(function, public_name, args, kwargs)
        if refusal is None:
            raise
        raise refusal from None
    finally:
        del args, kwargs  # no traceback's locals keep what the caller passed (a key, say)


def strict(function: Callable[..., Any], public_name: str) -> Callable[..., Any]:
    """``function``, its wrong arguments refused as a ConfigurationError naming ``public_name``."""
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            awaitable = _called(function, public_name, args, kwargs)  # only the call: not what it awaits
            del args, kwargs
            return await awaitable

        return checked_async

    @functools.wraps(function)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return _called(function, public_name, args, kwargs)
        finally:
            del args, kwargs

    return checked


def strict_surface(cls: type, serving: Mapping[str, str] | None = None) -> None:
    """The public methods ``cls`` defines itself (and its ``__init__``) made ``strict``: inherited ones are
    made strict where they are defined. ``serving`` names the private methods that do a public one's work
    (``{"_call": "call"}``), whose signature is the one a caller's arguments meet."""
    names = {name: name for name in vars(cls) if not name.startswith("_")} | {"__init__": ""} | dict(serving or {})
    for name, public in names.items():
        function = vars(cls).get(name)
        if inspect.isfunction(function) and not hasattr(function, "__strict__"):
            wrapped = strict(function, f"{cls.__name__}.{public}" if public else cls.__name__)
            wrapped.__strict__ = True  # type: ignore[attr-defined]
            setattr(cls, name, wrapped)


def strict_generated_surface() -> None:
    """Every class of generated methods (``clockify_api.api``: a class per tag, ``Calls``) made strict, before
    the areas take their short names (``me = UserOperations.get_logged_user``) from them."""
    import clockify_api.api as generated

    for value in vars(generated).values():
        if isinstance(value, type) and value.__module__.startswith(generated.__name__):
            strict_surface(value)
