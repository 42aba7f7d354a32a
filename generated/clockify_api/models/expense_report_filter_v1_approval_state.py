from enum import StrEnum


class ExpenseReportFilterV1ApprovalState(StrEnum):
    ALL = "ALL"
    APPROVED = "APPROVED"
    UNAPPROVED = "UNAPPROVED"

    def __str__(self) -> str:
        return str(self.value)
