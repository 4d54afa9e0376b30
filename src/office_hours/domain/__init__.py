"""The pure core: stdlib only, no Qt, no I/O, no clock reads (time is always a parameter)."""
