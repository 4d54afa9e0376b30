"""Outgoing mail: the polite auto-reply (issue 17). The decision is pure (domain.auto_reply);
this package only builds the message, talks SMTP and remembers what the server accepted."""
