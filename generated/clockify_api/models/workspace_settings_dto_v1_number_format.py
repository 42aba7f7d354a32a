from enum import StrEnum


class WorkspaceSettingsDtoV1NumberFormat(StrEnum):
    COMMA_PERIOD = "COMMA_PERIOD"
    PERIOD_COMMA = "PERIOD_COMMA"
    QUOTATION_MARK_PERIOD = "QUOTATION_MARK_PERIOD"
    SPACE_COMMA = "SPACE_COMMA"

    def __str__(self) -> str:
        return str(self.value)
