from enum import StrEnum


class GetUsersOfWorkspaceSortColumn(StrEnum):
    ACCESS = "ACCESS"
    COSTRATE = "COSTRATE"
    EMAIL = "EMAIL"
    HOURLYRATE = "HOURLYRATE"
    ID = "ID"
    NAME = "NAME"
    NAME_LOWERCASE = "NAME_LOWERCASE"

    def __str__(self) -> str:
        return str(self.value)
