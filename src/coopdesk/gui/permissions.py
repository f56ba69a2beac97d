"""What the connected user's role may not do, greyed in one place.

The server refuses anyway (:mod:`coopdesk.core.access`); the window does not offer
what would be refused. The main window applies :func:`guard` to itself and to each
page when it is built: the controls listed here stay disabled (a view that enables
them on a selection is overruled) and their tooltip says why; editable tables stop
editing in place, and a double-click no longer opens an edit dialog. A change that
still reaches the server (a drag in the timeline) is refused there, in a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget

from coopdesk.core.access import Access, Action, role_label
from coopdesk.gui import i18n

# The controls that change data, by the class of the view that holds them.
EDIT_CONTROLS: Mapping[str, tuple[str, ...]] = {
    "ParticipantsTab": (
        "add_button",
        "set_button",
        "remove_button",
        "edit_button",
        "up_action",
        "down_action",
        "auto_order_action",
        "import_button",
    ),
    "AgendaTab": ("new_button", "edit_button", "delete_button", "import_action"),
    "OverviewTab": ("save_button", "revert_button"),
    "DirectoryPage": (
        "new_person_button",
        "new_org_button",
        "edit_org_button",
        "delete_org_button",
    ),
    "PersonPage": ("edit_button", "merge_button"),
    "VenuesPage": ("new_button", "edit_button", "merge_button", "delete_button"),
    "PartnersPage": (
        "new_button",
        "agreement_button",
        "edit_button",
        "delete_button",
        "edit_agreement_button",
        "delete_agreement_button",
    ),
}
# Tables whose cells are edited in place.
EDITABLE_TABLES: Mapping[str, str] = {"ParticipantsTab": "table"}
# Views where a double-click opens an edit dialog (or makes a new item).
DOUBLE_CLICK_EDITS: Mapping[str, tuple[str, ...]] = {
    "AgendaTab": ("table", "timeline"),
    "ParticipantsTab": ("table",),
    "DirectoryPage": ("organisations", "people"),
    "VenuesPage": ("table",),
    "PartnersPage": ("list", "agreements"),
}
# The controls that only an administrator may use.
ADMIN_CONTROLS: Mapping[str, tuple[tuple[str, Action], ...]] = {
    "PersonPage": (("erase_button", Action.ERASE),),
}
# The main window's own actions.
WINDOW_ACTIONS: tuple[tuple[str, Action], ...] = (
    ("new_event_action", Action.EDIT),
    ("save_action", Action.EDIT),
    ("undo_action", Action.EDIT),
    ("redo_action", Action.EDIT),
    ("purge_action", Action.PURGE),
)


def why_not(access: Access, action: Action) -> str:
    """The tooltip of a control the role may not use."""
    label = role_label(access.role, i18n.language())
    if action is Action.EDIT:
        template = QCoreApplication.translate("Permissions", "Your role (%1) may not change data.")
    else:
        template = QCoreApplication.translate(
            "Permissions", "Only an administrator may do this; your role: %1."
        )
    return i18n.fill(template, label)


class _KeepDisabled(QObject):
    """Keeps a control disabled whatever its view decides on a selection."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


class _NoDoubleClick(QObject):
    """Swallows the double-clicks that would open an edit dialog."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.MouseButtonDblClick


def _forbid(control: QWidget | QAction, access: Access, action: Action, keeper: QObject) -> None:
    control.setEnabled(False)
    control.setToolTip(why_not(access, action))
    if isinstance(control, QAction):
        control.enabledChanged.connect(lambda on, c=control: c.setEnabled(False) if on else None)
    else:
        control.installEventFilter(keeper)


def _no_edit_keys(view: QAbstractItemView) -> None:
    """Enter and Delete on the rows of ``view`` no longer edit nor remove."""
    from coopdesk.gui.tables import row_table

    behaviour = row_table(view)
    if behaviour is not None:
        behaviour.on_open = None
        behaviour.on_delete = None


def guard(root: QWidget, access: Access) -> None:
    """Grey what ``access`` may not do in ``root`` and the views inside it."""
    if access.may(Action.PURGE):  # an administrator: everything is allowed
        return
    keeper = root.findChild(_KeepDisabled) or _KeepDisabled(root)
    no_double_click = root.findChild(_NoDoubleClick) or _NoDoubleClick(root)
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if not access.may(Action.EDIT):
            for name in EDIT_CONTROLS.get(kind, ()):
                control = getattr(widget, name, None)
                if isinstance(control, QWidget | QAction):
                    _forbid(control, access, Action.EDIT, keeper)
            table = getattr(widget, EDITABLE_TABLES.get(kind, ""), None)
            if isinstance(table, QAbstractItemView):
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for name in DOUBLE_CLICK_EDITS.get(kind, ()):
                view = getattr(widget, name, None)
                if isinstance(view, QAbstractItemView):
                    view.viewport().installEventFilter(no_double_click)
                    _no_edit_keys(view)
                elif isinstance(view, QWidget):
                    view.installEventFilter(no_double_click)
        for name, action in ADMIN_CONTROLS.get(kind, ()):
            control = getattr(widget, name, None)
            if isinstance(control, QWidget) and not access.may(action):
                _forbid(control, access, action, keeper)
    for name, action in WINDOW_ACTIONS:
        qaction = getattr(root, name, None)
        if isinstance(qaction, QAction) and not access.may(action):
            _forbid(qaction, access, action, keeper)
