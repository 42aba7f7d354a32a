"""Only ``ClockifyError`` escapes the public surface: a public method called with arguments its signature
does not take (a misspelt keyword, one positional too many, a missing one), or with an argument of a type
its annotation does not allow, is a ``ConfigurationError`` naming the public method and the parameter, as
the generated methods and the constructors answer, not a ``TypeError`` naming an inner function.

One mechanism for every public method: ``strict_surface`` wraps them at class creation. The wrapper costs
nothing until an exception other than a ``ClockifyError`` comes out (of the call, of what it awaits, or of
the iterator it returns); then the arguments are checked against the method's own signature: a failed
binding, or an argument its annotation does not admit (an int for a ``str`` path parameter, a list for a
mapping, a dict for a model), is turned into a ``ConfigurationError`` naming it. When every argument is
what the signature says, the exception is a bug and stays as it is.
"""

from __future__ import annotations

import collections.abc
import datetime
import functools
import importlib
import inspect
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import attrs

from clockify_client.errors import ClockifyError, ConfigurationError


def _named(function: Callable[..., Any], name: str) -> Any:
    """A name an annotation of ``function`` uses: its module's, else a generated model (imported by the
    generated modules for type checkers only), else ``datetime``; a ``NameError`` when none has it."""
    module_names = getattr(function, "__globals__", {})
    if name in module_names:
        return module_names[name]
    if name == "datetime":
        return datetime
    models = importlib.import_module("clockify_api.models")
    if name in getattr(models, "__all__", ()):
        return getattr(models, name)
    raise NameError(name)


class _Names(dict[str, Any]):
    def __init__(self, function: Callable[..., Any]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, name: str) -> Any:
        try:
            return _named(self.function, name)
        except NameError:
            raise KeyError(name) from None


def _hint(function: Callable[..., Any], annotation: object) -> Any:
    """The annotation as a type (strings evaluated, a string type alias too); None when it cannot be."""
    for _ in range(3):  # an annotation, a type alias written as a string, and no further
        if not isinstance(annotation, str):
            return annotation
        try:
            annotation = eval(annotation, {"__builtins__": __builtins__}, _Names(function))  # our own annotations
        except Exception:  # a name no one has at run time: this parameter is not checked
            return None
    return None


def _admits(hint: Any, value: object) -> bool:
    """Whether ``value`` is of the type ``hint``; a form this does not know admits everything."""
    if hint is None or hint is Any or hint is object:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_admits(type(None) if a is None else a, value) for a in args)
    if origin is typing.Literal:
        return any(type(value) is type(a) and value == a for a in args)
    if origin is None:
        if not isinstance(hint, type) or typing.is_typeddict(hint):
            return True
        if hint in (int, float) and isinstance(value, bool):
            return False
        if attrs.has(hint) and isinstance(value, Mapping):
            return _admits(Mapping[str, object], value)  # a model may be given as a mapping in the spec's names
        if issubclass(hint, str) and isinstance(value, str):
            return True  # a text enum may be given as its text
        return isinstance(value, int | float) if hint is float else isinstance(value, hint)
    if origin is collections.abc.Callable:
        return callable(value)
    if not isinstance(origin, type):
        return True
    if not isinstance(value, origin):
        return False
    if isinstance(value, str | bytes) and origin is not str:
        return False  # text is a sequence of itself, never the list a parameter means
    if isinstance(value, Mapping) and len(args) == 2:
        return all(_admits(args[0], k) and _admits(args[1], v) for k, v in value.items())
    if isinstance(value, tuple) and args and args[-1] is not Ellipsis:
        return len(value) == len(args) and all(map(_admits, args, value))
    return not args or all(_admits(args[0], item) for item in value)  # type: ignore[attr-defined]


def _wrong_argument(function: Callable[..., Any], arguments: inspect.BoundArguments) -> tuple[str, str] | None:
    """The first argument its annotation does not admit: its name, and what it must be and is (its type,
    never its value: it may be a credential)."""
    parameters = arguments.signature.parameters
    for name, value in arguments.arguments.items():
        parameter = parameters[name]
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        try:
            admitted = _admits(_hint(function, parameter.annotation), value)
        except Exception:  # a value that fails even to be looked at (a mapping whose items() raises)
            admitted = False
        if not admitted:
            annotation = parameter.annotation
            expected = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
            return name, f"must be {expected}, not {type(value).__name__}"
    return None


def _refusal(
    function: Callable[..., Any], public_name: str, args: Any, kwargs: Any, said: ClockifyError | None = None
) -> ClockifyError | None:
    """The refusal a wrong argument earns, or None when every argument is what the signature says. Where
    the work refused it already (``said``), but less clearly than by the argument's name, the refusal
    names it and keeps what was said."""
    try:
        arguments = inspect.signature(function).bind(*args, **kwargs)
    except TypeError as exc:
        return ConfigurationError(f"{public_name}(): {exc}; see help({public_name})")
    wrong = _wrong_argument(function, arguments)
    if wrong is None:
        return None
    name, expected = wrong
    also = f" ({said})" if said is not None else ""
    return ConfigurationError(f"{public_name}(): {name} {expected}{also}; see help({public_name})")


def _refuse(exc: Exception, function: Callable[..., Any], public_name: str, args: Any, kwargs: Any) -> None:
    """Raises the refusal ``exc`` (out of a strict method's work) stands for, or returns to let it through
    as it is: an exception that comes although every argument is what the signature says (a bug, or the
    library's own answer), and every ClockifyError but a ConfigurationError (one a wrong argument led to
    is said again, naming it; a RequestValidationError names the field at fault already)."""
    said = exc if isinstance(exc, ClockifyError) else None
    if said is not None and not isinstance(said, ConfigurationError):
        return
    refusal = _refusal(function, public_name, args, kwargs, said)
    del args, kwargs  # no traceback's locals keep what the caller passed (a key, say)
    if refusal is not None:
        raise refusal from None


def _checked_items(items: Iterator[Any], function: Callable[..., Any], public_name: str, call: Any) -> Iterator[Any]:
    try:
        return (yield from items)
    except Exception as exc:
        _refuse(exc, function, public_name, *call)
        raise


async def _checked_async_items(
    items: AsyncIterator[Any], function: Callable[..., Any], public_name: str, call: Any
) -> AsyncIterator[Any]:
    try:
        async for item in items:
            yield item
    except Exception as exc:
        _refuse(exc, function, public_name, *call)
        raise
    finally:
        await items.aclose()  # type: ignore[attr-defined]  # an async generator: closed with its reader


def _called(function: Callable[..., Any], public_name: str, args: Any, kwargs: Any) -> Any:
    """``function(*args, **kwargs)``, its wrong arguments refused (see ``_refuse``), also where they fail
    only once the iterator it returns is read."""
    try:
        result = function(*args, **kwargs)
        if isinstance(result, types.GeneratorType):
            return _checked_items(result, function, public_name, (args, kwargs))
        if isinstance(result, types.AsyncGeneratorType):
            return _checked_async_items(result, function, public_name, (args, kwargs))
        return result
    except Exception as exc:
        _refuse(exc, function, public_name, args, kwargs)
        raise
    finally:
        del args, kwargs  # no traceback's locals keep what the caller passed (a key, say)


def strict(function: Callable[..., Any], public_name: str) -> Callable[..., Any]:
    """``function``, its wrong arguments refused as a ConfigurationError naming ``public_name``."""
    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            awaitable = _called(function, public_name, args, kwargs)  # the call, then what it awaits
            try:
                return await awaitable
            except Exception as exc:
                _refuse(exc, function, public_name, args, kwargs)
                raise
            finally:
                del args, kwargs

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
