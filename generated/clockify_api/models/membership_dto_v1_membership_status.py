from enum import StrEnum


class MembershipDtoV1MembershipStatus(StrEnum):
    ACTIVE = "ACTIVE"
    ALL = "ALL"
    DECLINED = "DECLINED"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"

    def __str__(self) -> str:
        return str(self.value)
