from enum import StrEnum


class ContainsUsersFilterV1Status(StrEnum):
    ACTIVE = "ACTIVE"
    ACTIVE_WITH_PENDING = "ACTIVE_WITH_PENDING"
    ALL = "ALL"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
