"""The Qt-free core of coopdesk: domain model, database, services, documents.

Nothing under ``coopdesk.core`` may import Qt; the GUI, the CLI and the tests all
stand on this package.
"""
