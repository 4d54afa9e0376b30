"""`python -m office_hours` is the same as the `office-hours` command."""

from office_hours.cli import main

raise SystemExit(main())
