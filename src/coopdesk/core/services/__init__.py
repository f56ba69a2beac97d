"""Services: one transaction per user action, plain immutable values out.

Each function takes the open :class:`~coopdesk.core.db.Database` first. Changes are
validated before anything is written; impossible data raises
:class:`~coopdesk.core.errors.ValidationError` with a code, the field and the values.
"""
