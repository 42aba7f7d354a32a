from enum import StrEnum


class GetWorkspacesOfUserRoles(StrEnum):
    OWNER = "OWNER"
    PROJECT_MANAGER = "PROJECT_MANAGER"
    TEAM_MANAGER = "TEAM_MANAGER"
    WORKSPACE_ADMIN = "WORKSPACE_ADMIN"

    def __str__(self) -> str:
        return str(self.value)
