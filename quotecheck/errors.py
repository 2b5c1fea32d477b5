"""The exceptions quotecheck raises; findings are data, never exceptions."""


class QuotecheckError(Exception):
    """Base of every error quotecheck raises on purpose."""


class InputError(QuotecheckError, ValueError):
    """An input could not be read: names the file and the reason."""


class ConfigError(QuotecheckError, ValueError):
    """The configuration is wrong: names the key and the file."""
