"""Office Hours: focus for freelancers, honest numbers about client contact."""

__version__ = "0.1.0"
APP_ID = "office-hours"
