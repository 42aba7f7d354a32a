from enum import StrEnum


class UserSettingsDtoV1TimeFormat(StrEnum):
    HOUR12 = "HOUR12"
    HOUR24 = "HOUR24"

    def __str__(self) -> str:
        return str(self.value)
