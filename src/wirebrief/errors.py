"""Every error wirebrief raises on purpose.

WirebriefError
 ├── InputError      a source could not be read or holds nothing to brief
 │    └── FetchError  a URL could not be fetched (network, status, size, refused address)
 ├── SegmentError    a document yielded no article
 ├── StoreError      the database could not be opened or written
 └── ConfigError     a setting is missing or invalid

Messages are one line and name the input, id or setting concerned.
"""


class WirebriefError(Exception):
    """Base for every error wirebrief raises on purpose."""


class InputError(WirebriefError):
    """A source could not be read, or holds nothing that can be briefed."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class SegmentError(WirebriefError):
    """A document yielded no article."""


class StoreError(WirebriefError):
    """The database could not be opened, read or written."""


class ConfigError(WirebriefError):
    """A setting is missing or invalid."""


class FetchError(InputError):
    """A URL could not be fetched: network failure, bad status, too large, wrong type, or a refused address.

    `status` is the HTTP status when there was a response; `retry_after_s` is the server's
    Retry-After (429/503) in seconds, when it gave one.
    """

    def __init__(self, url: str, reason: str, *, status: int | None = None, retry_after_s: float | None = None) -> None:
        super().__init__(url, reason)
        self.url = url
        self.status = status
        self.retry_after_s = retry_after_s
