"""complaint-lint: checks administrations' websites against circular 23289."""

__version__ = "0.1.0"
