"""Partnerships created and agreements added on the Partners page, refused beside the
field, undone through the window's undo stack."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.core.services import organisations, partnerships
from coopdesk.gui.forms.partnership_dialog import AgreementDialog, PartnershipDialog
from coopdesk.gui.main_window import PARTNERS
from tests.factories import partner

from .helpers import type_text, with_dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())


def test_a_partnership_created_with_a_cofunder_then_undone(qtbot, window, db):  # type: ignore[no-untyped-def]
    apostolove = partner(db)
    region = organisations.create_organisation(db, name="Région Occitanie", kind="funder")
    organisations.create_organisation(db, name="Ville de Castres", kind="french_authority")
    window.show_page(PARTNERS)
    page = window.partners
    assert page.list.count() == 0 and not page.agreement_button.isEnabled()
    seen: dict[str, str] = {}

    def create(dialog: PartnershipDialog) -> None:
        assert dialog.windowTitle() == "Nouveau partenariat"
        # only foreign authorities can be partners; any organisation may co-fund
        assert [dialog.partner.itemData(i) for i in range(dialog.partner.count())] == [
            None,
            apostolove.id,
        ]
        assert dialog.cofunders.count() == 3
        _save(qtbot, dialog)
        seen["partner"] = dialog.form.error_text("partner_id")
        dialog.partner.setCurrentIndex(dialog.partner.findData(apostolove.id))
        assert dialog.form.error_text("partner_id") == ""
        dialog.kind.setCurrentIndex(dialog.kind.findData("decentralised_cooperation"))
        _tick(qtbot, dialog.since.known)
        assert dialog.since.day.isEnabled()
        dialog.since.day.setDate(QDate(2022, 9, 15))
        type_text(qtbot, dialog.themes, "eau, culture")
        for row in range(dialog.cofunders.count()):
            if dialog.cofunders.item(row).data(Qt.ItemDataRole.UserRole) == region.id:
                dialog.cofunders.setCurrentRow(row)
        qtbot.keyClick(dialog.cofunders, Qt.Key.Key_Space)
        assert dialog.cofunder_ids() == [region.id]
        _save(qtbot, dialog)

    with_dialog(qtbot, create, lambda: qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton))
    assert "obligatoire" in seen["partner"]
    (made,) = partnerships.list_partnerships(db)
    assert (made.partner_id, made.kind, made.since, made.themes, made.cofunder_ids) == (
        apostolove.id,
        "decentralised_cooperation",
        date(2022, 9, 15),
        "eau, culture",
        (region.id,),
    )
    assert page.list.count() == 1 and page.selected_partnership() == made.id
    assert (
        "Région Occitanie" in page.card.text() and "Coopération décentralisée" in page.card.text()
    )
    assert page.agreement_button.isEnabled()

    window.undo_action.trigger()
    assert partnerships.list_partnerships(db) == []
    assert page.list.count() == 0 and page.card.text() == ""
    assert not page.agreement_button.isEnabled()
    window.redo_action.trigger()
    (again,) = partnerships.list_partnerships(db)
    assert again.cofunder_ids == (region.id,)
    assert page.list.count() == 1


def test_an_agreement_refused_beside_its_end_date_then_added_and_undone(qtbot, window, db):  # type: ignore[no-untyped-def]
    apostolove = partner(db)
    made = partnerships.create_partnership(db, partner_id=apostolove.id, kind="twinning")
    window.show_page(PARTNERS)
    page = window.partners
    assert page.selected_partnership() == made.id
    seen: dict[str, object] = {}

    def add(dialog: AgreementDialog) -> None:
        assert dialog.windowTitle().startswith("Nouvelle convention")
        type_text(qtbot, dialog.title, "Convention eau potable")
        type_text(qtbot, dialog.purpose, "Réseau d'eau de la commune")
        type_text(qtbot, dialog.amount, "12 500,50")
        _tick(qtbot, dialog.signature.known)
        dialog.signature.day.setDate(QDate(2024, 3, 1))
        _tick(qtbot, dialog.end.known)
        dialog.end.day.setDate(QDate(2023, 12, 31))
        _save(qtbot, dialog)
        seen["end"] = dialog.form.error_text("end_date")
        seen["open"] = dialog.isVisible()
        seen["saved"] = partnerships.list_partnerships(db)[0].agreements
        dialog.end.day.setDate(QDate(2027, 2, 28))
        assert dialog.form.error_text("end_date") == ""
        _save(qtbot, dialog)

    with_dialog(
        qtbot, add, lambda: qtbot.mouseClick(page.agreement_button, Qt.MouseButton.LeftButton)
    )
    assert "avant le début" in str(seen["end"]) and seen["open"] is True
    assert seen["saved"] == ()
    (agreement,) = partnerships.list_partnerships(db)[0].agreements
    assert (
        agreement.title,
        agreement.purpose,
        agreement.forecast_amount,
        agreement.signature_date,
        agreement.end_date,
    ) == (
        "Convention eau potable",
        "Réseau d'eau de la commune",
        Decimal("12500.50"),
        date(2024, 3, 1),
        date(2027, 2, 28),
    )
    assert page.agreements.item(0, 0).text().startswith("Convention eau potable")
    assert page.selected_partnership() == made.id

    window.undo_action.trigger()
    assert partnerships.list_partnerships(db)[0].agreements == ()
    assert page.agreements.rowCount() == 0
    assert page.selected_partnership() == made.id


def test_a_partnership_and_its_agreement_are_corrected_then_deleted_and_undone(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from coopdesk.gui.main_window import PARTNERS
    from tests.factories import partner

    apostolove = partner(db)
    made = partnerships.create_partnership(db, partner_id=apostolove.id, kind="twinning")
    made = partnerships.add_agreement(
        db,
        made.id,
        title="Convention eau",
        forecast_amount="12 500",
        signature_date=date(2024, 3, 1),
    )
    window.show_page(PARTNERS)
    page = window.partners
    page.select_partnership(made.id)

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.windowTitle() == "Modifier le partenariat"
        assert dialog.partner.currentData() == apostolove.id
        dialog.kind.setCurrentIndex(dialog.kind.findData("decentralised_cooperation"))
        dialog.themes.setText("eau, jeunesse")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(qtbot, edit, lambda: qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton))
    (after,) = partnerships.list_partnerships(db)
    assert (after.kind, after.themes) == ("decentralised_cooperation", "eau, jeunesse")
    assert "Coopération décentralisée" in page.card.text()

    page.agreements.selectRow(0)

    def edit_agreement(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.title.text() == "Convention eau"
        dialog.amount.setText("15 000")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    with_dialog(
        qtbot,
        edit_agreement,
        lambda: qtbot.mouseClick(page.edit_agreement_button, Qt.MouseButton.LeftButton),
    )
    (agreement,) = partnerships.list_partnerships(db)[0].agreements
    assert agreement.forecast_amount == Decimal("15000.00")
    assert "15" in page.agreements.item(0, 2).text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.agreements.selectRow(0)
    qtbot.mouseClick(page.delete_agreement_button, Qt.MouseButton.LeftButton)
    assert partnerships.list_partnerships(db)[0].agreements == ()
    window.undo_action.trigger()
    (back,) = partnerships.list_partnerships(db)[0].agreements
    assert (back.id, back.forecast_amount) == (agreement.id, Decimal("15000.00"))

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert partnerships.list_partnerships(db) == []
    assert page.list.count() == 0
    window.undo_action.trigger()
    (again,) = partnerships.list_partnerships(db)
    assert again.id == made.id and [a.id for a in again.agreements] == [agreement.id]
    assert page.list.count() == 1
