"""``python -m coopdesk`` runs the same entry point as the ``coopdesk`` command."""

from coopdesk.cli import main

raise SystemExit(main())
