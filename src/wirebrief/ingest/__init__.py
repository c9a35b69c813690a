"""Ingest: sources (paths, folders, stdin, URLs, feeds) to `Document`s.

- `sources`: `read_sources`, what the CLI and the API call; it dispatches to
- `local`: files, folders and streams, and `remote`: URLs (a page, or every entry of a feed), through
- `fetch` (HTTP with timeouts, size caps, checked redirects, no private addresses) and `feeds` (RSS, Atom,
  JSON Feed, OPML), and finally
- `parse`: one input's bytes (text, HTML, JSON Lines) to Documents.
"""

from .parse import Skip, read_bytes
from .sources import STDIN, STDIN_ORIGIN, IngestResult, is_url, read_sources

__all__ = ["STDIN", "STDIN_ORIGIN", "IngestResult", "Skip", "is_url", "read_bytes", "read_sources"]
