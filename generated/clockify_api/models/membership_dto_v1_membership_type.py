from enum import StrEnum


class MembershipDtoV1MembershipType(StrEnum):
    PROJECT = "PROJECT"
    USERGROUP = "USERGROUP"
    WORKSPACE = "WORKSPACE"

    def __str__(self) -> str:
        return str(self.value)
