from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detailed_filter_v1_sort_column import DetailedFilterV1SortColumn
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.audit_filter_v1 import AuditFilterV1
    from ..models.detailed_options_v1 import DetailedOptionsV1


T = TypeVar("T", bound="DetailedFilterV1")


@_attrs_define
class DetailedFilterV1:
    """Paging, sorting, options and audit filter of the detailed report.

    Attributes:
        audit_filter (AuditFilterV1 | Unset):
        options (DetailedOptionsV1 | Unset):
        page (int | Unset):
        page_size (int | Unset):  Default: 50.
        sort_column (DetailedFilterV1SortColumn | Unset):
    """

    audit_filter: AuditFilterV1 | Unset = UNSET
    options: DetailedOptionsV1 | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = 50
    sort_column: DetailedFilterV1SortColumn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        audit_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_filter, Unset):
            audit_filter = self.audit_filter.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        page = self.page

        page_size = self.page_size

        sort_column: str | Unset = UNSET
        if not isinstance(self.sort_column, Unset):
            sort_column = self.sort_column.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_filter is not UNSET:
            field_dict["auditFilter"] = audit_filter
        if options is not UNSET:
            field_dict["options"] = options
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if sort_column is not UNSET:
            field_dict["sortColumn"] = sort_column

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_filter_v1 import AuditFilterV1
        from ..models.detailed_options_v1 import DetailedOptionsV1

        d = dict(src_dict)
        _audit_filter = d.pop("auditFilter", UNSET)
        audit_filter: AuditFilterV1 | Unset
        if isinstance(_audit_filter, Unset):
            audit_filter = UNSET
        else:
            audit_filter = AuditFilterV1.from_dict(_audit_filter)

        _options = d.pop("options", UNSET)
        options: DetailedOptionsV1 | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = DetailedOptionsV1.from_dict(_options)

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _sort_column = d.pop("sortColumn", UNSET)
        sort_column: DetailedFilterV1SortColumn | Unset
        if isinstance(_sort_column, Unset):
            sort_column = UNSET
        else:
            sort_column = DetailedFilterV1SortColumn(_sort_column)

        detailed_filter_v1 = cls(
            audit_filter=audit_filter,
            options=options,
            page=page,
            page_size=page_size,
            sort_column=sort_column,
        )

        detailed_filter_v1.additional_properties = d
        return detailed_filter_v1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
