from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_report_dto_v1_export_fields_item import ExpenseReportDtoV1ExportFieldsItem
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.invoicing_info import InvoicingInfo


T = TypeVar("T", bound="ExpenseReportDtoV1")


@_attrs_define
class ExpenseReportDtoV1:
    """One expense row.

    Attributes:
        amount (float | Unset):
        approval_request_id (str | Unset):
        billable (bool | Unset):
        category_has_unit_price (bool | Unset):
        category_id (str | Unset):
        category_name (str | Unset):
        category_unit (str | Unset):
        date (str | Unset):
        export_fields (list[ExpenseReportDtoV1ExportFieldsItem] | Unset):
        file_id (str | Unset):
        file_name (str | Unset):
        id (str | Unset):
        invoicing_info (InvoicingInfo | Unset):
        locked (bool | Unset):
        notes (str | Unset):
        project_color (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        quantity (float | Unset):
        report_name (str | Unset):
        time (str | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        user_name (str | Unset):
        user_status (str | Unset):
        workspace_id (str | Unset):
    """

    amount: float | Unset = UNSET
    approval_request_id: str | Unset = UNSET
    billable: bool | Unset = UNSET
    category_has_unit_price: bool | Unset = UNSET
    category_id: str | Unset = UNSET
    category_name: str | Unset = UNSET
    category_unit: str | Unset = UNSET
    date: str | Unset = UNSET
    export_fields: list[ExpenseReportDtoV1ExportFieldsItem] | Unset = UNSET
    file_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    id: str | Unset = UNSET
    invoicing_info: InvoicingInfo | Unset = UNSET
    locked: bool | Unset = UNSET
    notes: str | Unset = UNSET
    project_color: str | Unset = UNSET
    project_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    report_name: str | Unset = UNSET
    time: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_status: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        approval_request_id = self.approval_request_id

        billable = self.billable

        category_has_unit_price = self.category_has_unit_price

        category_id = self.category_id

        category_name = self.category_name

        category_unit = self.category_unit

        date = self.date

        export_fields: list[str] | Unset = UNSET
        if not isinstance(self.export_fields, Unset):
            export_fields = []
            for export_fields_item_data in self.export_fields:
                export_fields_item = export_fields_item_data.value
                export_fields.append(export_fields_item)

        file_id = self.file_id

        file_name = self.file_name

        id = self.id

        invoicing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing_info, Unset):
            invoicing_info = self.invoicing_info.to_dict()

        locked = self.locked

        notes = self.notes

        project_color = self.project_color

        project_id = self.project_id

        project_name = self.project_name

        quantity = self.quantity

        report_name = self.report_name

        time = self.time

        user_email = self.user_email

        user_id = self.user_id

        user_name = self.user_name

        user_status = self.user_status

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if approval_request_id is not UNSET:
            field_dict["approvalRequestId"] = approval_request_id
        if billable is not UNSET:
            field_dict["billable"] = billable
        if category_has_unit_price is not UNSET:
            field_dict["categoryHasUnitPrice"] = category_has_unit_price
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if category_name is not UNSET:
            field_dict["categoryName"] = category_name
        if category_unit is not UNSET:
            field_dict["categoryUnit"] = category_unit
        if date is not UNSET:
            field_dict["date"] = date
        if export_fields is not UNSET:
            field_dict["exportFields"] = export_fields
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if id is not UNSET:
            field_dict["id"] = id
        if invoicing_info is not UNSET:
            field_dict["invoicingInfo"] = invoicing_info
        if locked is not UNSET:
            field_dict["locked"] = locked
        if notes is not UNSET:
            field_dict["notes"] = notes
        if project_color is not UNSET:
            field_dict["projectColor"] = project_color
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if report_name is not UNSET:
            field_dict["reportName"] = report_name
        if time is not UNSET:
            field_dict["time"] = time
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invoicing_info import InvoicingInfo

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        approval_request_id = d.pop("approvalRequestId", UNSET)

        billable = d.pop("billable", UNSET)

        category_has_unit_price = d.pop("categoryHasUnitPrice", UNSET)

        category_id = d.pop("categoryId", UNSET)

        category_name = d.pop("categoryName", UNSET)

        category_unit = d.pop("categoryUnit", UNSET)

        date = d.pop("date", UNSET)

        _export_fields = d.pop("exportFields", UNSET)
        export_fields: list[ExpenseReportDtoV1ExportFieldsItem] | Unset = UNSET
        if _export_fields is not UNSET:
            export_fields = []
            for export_fields_item_data in _export_fields:
                export_fields_item = ExpenseReportDtoV1ExportFieldsItem(export_fields_item_data)

                export_fields.append(export_fields_item)

        file_id = d.pop("fileId", UNSET)

        file_name = d.pop("fileName", UNSET)

        id = d.pop("id", UNSET)

        _invoicing_info = d.pop("invoicingInfo", UNSET)
        invoicing_info: InvoicingInfo | Unset
        if isinstance(_invoicing_info, Unset):
            invoicing_info = UNSET
        else:
            invoicing_info = InvoicingInfo.from_dict(_invoicing_info)

        locked = d.pop("locked", UNSET)

        notes = d.pop("notes", UNSET)

        project_color = d.pop("projectColor", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_name = d.pop("projectName", UNSET)

        quantity = d.pop("quantity", UNSET)

        report_name = d.pop("reportName", UNSET)

        time = d.pop("time", UNSET)

        user_email = d.pop("userEmail", UNSET)

        user_id = d.pop("userId", UNSET)

        user_name = d.pop("userName", UNSET)

        user_status = d.pop("userStatus", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        expense_report_dto_v1 = cls(
            amount=amount,
            approval_request_id=approval_request_id,
            billable=billable,
            category_has_unit_price=category_has_unit_price,
            category_id=category_id,
            category_name=category_name,
            category_unit=category_unit,
            date=date,
            export_fields=export_fields,
            file_id=file_id,
            file_name=file_name,
            id=id,
            invoicing_info=invoicing_info,
            locked=locked,
            notes=notes,
            project_color=project_color,
            project_id=project_id,
            project_name=project_name,
            quantity=quantity,
            report_name=report_name,
            time=time,
            user_email=user_email,
            user_id=user_id,
            user_name=user_name,
            user_status=user_status,
            workspace_id=workspace_id,
        )

        expense_report_dto_v1.additional_properties = d
        return expense_report_dto_v1

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
