from enum import StrEnum


class DetailedReportFilterV1ApprovalState(StrEnum):
    ALL = "ALL"
    APPROVED = "APPROVED"
    UNAPPROVED = "UNAPPROVED"

    def __str__(self) -> str:
        return str(self.value)
