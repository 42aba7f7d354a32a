"""Which host a request goes to: global, regional or subdomain, for the core and the Reports API.

The URL forms come from the corrected spec's per-path servers (data); only the choice is code.
"""

from __future__ import annotations

import dataclasses
import ipaddress
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from clockify_client import _spec
from clockify_client.errors import ConfigurationError

Host = Literal["core", "reports"]


@dataclasses.dataclass(frozen=True)
class Hosts:
    core: str
    reports: str

    def base(self, host: Host) -> str:
        return self.core if host == "core" else self.reports


def _servers(host: Host) -> list[dict[str, Any]]:
    for op in _spec.operations().values():
        if op.host == host:
            servers: list[dict[str, Any]] = _spec.spec()["paths"][op.path]["servers"]
            return servers
    raise ConfigurationError(f"the spec describes no {host} operation")  # pragma: no cover - spec invariant


def _server_url(host: Host, variable: str | None, value: str | None) -> str:
    for server in _servers(host):
        variables = server.get("variables", {})
        if variable is None and not variables:
            return str(server["url"])
        if variable is not None and set(variables) == {variable}:
            allowed = variables[variable].get("enum")
            if allowed is not None and value not in allowed:
                raise ConfigurationError(f"unknown {variable} {value!r}; expected one of {', '.join(allowed)}")
            return str(server["url"]).replace("{" + variable + "}", str(value))
    raise ConfigurationError(f"the spec has no {host} server for {variable or 'the global host'}")


def is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, what: str) -> str:
    """HTTPS only; plain HTTP is allowed to loopback hosts alone (tests, local stand-ins)."""
    try:  # what httpx refuses (a control character, a bad port) is refused here, not at the first call
        httpx.URL(url)
        parts = urlsplit(url)
        parts.port  # noqa: B018 - urlsplit checks the port only when asked
    except (httpx.InvalidURL, ValueError):
        raise ConfigurationError(f"{what} is not a URL httpx can send to: {url!r}") from None
    if "@" in parts.netloc:
        # Clockify authenticates by header; a user:password@ part would travel as Basic auth. Not shown.
        raise ConfigurationError(f"{what} must not carry a user name or password")
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"{what} must be an absolute https:// URL, got {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(f"{what} uses plain http:// to a non-loopback host; use https://")
    if "?" in url or "#" in url:  # even empty: every path appended after it would become the query
        raise ConfigurationError(f"{what} must not carry a query or fragment")
    if parts.path.rstrip("/").endswith("/v1"):
        raise ConfigurationError(f"{what} ends before /v1 (every path starts with it), got {url!r}")
    return url.rstrip("/")


def resolve(
    *,
    region: str | None = None,
    subdomain: str | None = None,
    base_url: str | None = None,
    reports_base_url: str | None = None,
) -> Hosts:
    """Explicit URLs win; else a region or a subdomain; else the global hosts."""
    given = {"region": region, "subdomain": subdomain, "base_url": base_url, "reports_base_url": reports_base_url}
    for name, value in given.items():
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if region and subdomain:
        raise ConfigurationError("give a region or a subdomain, not both")
    if subdomain is not None and (not subdomain or not subdomain.replace("-", "").isalnum()):
        raise ConfigurationError(f"not a subdomain name: {subdomain!r}")
    variable, value = ("region", region) if region else ("subdomain", subdomain) if subdomain else (None, None)
    core = base_url or _server_url("core", variable, value)
    reports = reports_base_url or _server_url("reports", variable, value)
    return Hosts(core=check_url(core, "base_url"), reports=check_url(reports, "reports_base_url"))
