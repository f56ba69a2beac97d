"""The Qt-free core of coopdesk: domain model, database, services, documents.

Nothing under ``coopdesk.core`` may import Qt; the GUI, the CLI and the tests all
stand on this package.
"""

# One zone database for the whole process (the tzdata package): before anything
# creates a ZoneInfo. See coopdesk.core.timezones.
from coopdesk.core import timezones as _timezones  # noqa: F401
