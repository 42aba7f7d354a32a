from enum import StrEnum


class GetUsersOfWorkspaceMemberships(StrEnum):
    ALL = "ALL"
    NONE = "NONE"
    PROJECT = "PROJECT"
    USERGROUP = "USERGROUP"
    WORKSPACE = "WORKSPACE"

    def __str__(self) -> str:
        return str(self.value)
