"""The coopdesk desktop window (PySide6), a thin shell over coopdesk.core."""
