"""Entry point of the frozen bundle: the same as the ``coopdesk`` command."""

import sys

from coopdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
