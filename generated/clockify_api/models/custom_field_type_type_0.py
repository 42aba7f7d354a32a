from enum import StrEnum


class CustomFieldTypeType0(StrEnum):
    CHECKBOX = "CHECKBOX"
    DROPDOWN_MULTIPLE = "DROPDOWN_MULTIPLE"
    DROPDOWN_SINGLE = "DROPDOWN_SINGLE"
    LINK = "LINK"
    NUMBER = "NUMBER"
    TXT = "TXT"

    def __str__(self) -> str:
        return str(self.value)
