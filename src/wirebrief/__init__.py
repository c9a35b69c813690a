"""wirebrief: structured, cited briefings from raw news."""

from .version import __version__
