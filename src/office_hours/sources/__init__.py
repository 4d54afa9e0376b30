"""Where items come from. Every source has the same small interface (base.Source)."""
