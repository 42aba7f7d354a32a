from enum import StrEnum


class GetUsersOfWorkspaceStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ALL = "ALL"
    DECLINED = "DECLINED"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
