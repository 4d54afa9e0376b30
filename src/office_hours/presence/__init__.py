"""Telling the world "in focus": chat status and the desktop's do-not-disturb."""
