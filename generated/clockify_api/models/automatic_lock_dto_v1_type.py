from enum import StrEnum


class AutomaticLockDtoV1Type(StrEnum):
    MONTHLY = "MONTHLY"
    OLDER_THAN = "OLDER_THAN"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
