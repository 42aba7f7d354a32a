from enum import StrEnum


class DetailedReportFilterV1ExportType(StrEnum):
    CSV = "CSV"
    JSON = "JSON"
    JSON_V1 = "JSON_V1"
    PDF = "PDF"
    XLSX = "XLSX"
    ZIP = "ZIP"

    def __str__(self) -> str:
        return str(self.value)
