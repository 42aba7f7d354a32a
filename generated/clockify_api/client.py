"""HTTP clients the generated operations run on: an httpx client plus the settings to build it.

Project template (scripts/templates): the stock one forwards ``*args: object`` to httpx's typed
``__exit__``, which mypy rejects.
"""

import ssl
from types import TracebackType
from typing import Any

import httpx
from attrs import define, evolve, field


@define
class Client:
    """Settings for an unauthenticated client; ``httpx_args`` go to ``httpx.Client`` as they are.

    ``raise_on_unexpected_status``: raise ``errors.UnexpectedStatus`` for a status the spec does not
    document, instead of returning ``None`` as the parsed value.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _extra_headers(self) -> dict[str, str]:
        return {}

    def _client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {**self._headers, **self._extra_headers()},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A copy with extra headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A copy with extra cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """A copy with another timeout."""
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> "Client":
        """Use this httpx client as it is; the settings above no longer apply to it."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(**self._client_kwargs())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> "Client":
        """Use this httpx async client as it is; the settings above no longer apply to it."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_kwargs())
        return self._async_client

    def __enter__(self) -> "Client":
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> "Client":
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, tb)


@define
class AuthenticatedClient(Client):
    """A client that sends ``token`` in the ``auth_header_name`` header, after ``prefix``."""

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _extra_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}
