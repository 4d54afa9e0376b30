"""Configuration: declared once (schema), read and validated (load), created with comments."""

from office_hours.config.load import Config, ConfigError, load_config

__all__ = ["Config", "ConfigError", "load_config"]
