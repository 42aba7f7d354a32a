from enum import StrEnum


class EntityCreationPermissionType0(StrEnum):
    ADMINS = "ADMINS"
    ADMINS_AND_PROJECT_MANAGERS = "ADMINS_AND_PROJECT_MANAGERS"
    EVERYONE = "EVERYONE"

    def __str__(self) -> str:
        return str(self.value)
