"""Entry point of the frozen app: the same as the `office-hours` console script."""

import sys

from office_hours.cli import main

if __name__ == "__main__":
    sys.exit(main())
