"""Seeding helpers bound to one workspace and user: what a test sets up in a line each."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from clockify_client.testing._state import Entity, Store


@dataclasses.dataclass
class Seed:
    """A workspace and a member with an API key, and ``add_*`` shortcuts that default to them."""

    store: Store
    workspace_id: str
    user_id: str
    api_key: str

    @classmethod
    def create(cls, store: Store, *, workspace: str = "Acme", user: str = "Ada Lovelace", **options: Any) -> Seed:
        workspace_id = store.add_workspace(workspace)["id"]
        member = store.add_user(workspace_id, user, email=options.get("email"), hourly_rate=options.get("hourly_rate"))
        return cls(store, workspace_id, member["id"], member["apiKey"])

    def member(self, name: str, **options: Any) -> Entity:
        """Another member of the workspace (its ``apiKey`` acts as that user)."""
        return self.store.add_user(self.workspace_id, name, **options)

    def client(self, name: str, **fields: Any) -> Entity:
        return self.store.add_client(self.workspace_id, name, **fields)

    def project(self, name: str, **fields: Any) -> Entity:
        return self.store.add_project(self.workspace_id, name, **fields)

    def task(self, project_id: str, name: str, **fields: Any) -> Entity:
        return self.store.add_task(self.workspace_id, project_id, name, **fields)

    def tag(self, name: str, **fields: Any) -> Entity:
        return self.store.add_tag(self.workspace_id, name, **fields)

    def entry(
        self,
        start: dt.datetime | str,
        end: dt.datetime | str | None = None,
        *,
        user_id: str | None = None,
        tag_ids: Iterable[str] = (),
        **fields: Any,
    ) -> Entity:
        """A time entry of the seeded user (or ``user_id``); without ``end`` it is a running timer."""
        return self.store.add_time_entry(
            self.workspace_id, user_id or self.user_id, start, end, tag_ids=tag_ids, **fields
        )

    def expense(self, date: dt.date | str, amount: float, *, user_id: str | None = None, **fields: Any) -> Entity:
        return self.store.add_expense(self.workspace_id, user_id or self.user_id, date, amount, **fields)
