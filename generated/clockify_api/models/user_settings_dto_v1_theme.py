from enum import StrEnum


class UserSettingsDtoV1Theme(StrEnum):
    DARK = "DARK"
    DEFAULT = "DEFAULT"

    def __str__(self) -> str:
        return str(self.value)
