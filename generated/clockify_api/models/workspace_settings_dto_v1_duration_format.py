from enum import StrEnum


class WorkspaceSettingsDtoV1DurationFormat(StrEnum):
    COMPACT = "COMPACT"
    DECIMAL = "DECIMAL"
    FULL = "FULL"

    def __str__(self) -> str:
        return str(self.value)
