from enum import StrEnum


class MembershipRequestMembershipType(StrEnum):
    PROJECT = "PROJECT"
    USERGROUP = "USERGROUP"
    WORKSPACE = "WORKSPACE"

    def __str__(self) -> str:
        return str(self.value)
