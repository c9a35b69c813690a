"""wirebrief: structured, cited briefings from raw news."""

__version__ = "0.1.0"
