"""The web app: `create_app(settings)` (pages, JSON API with OpenAPI docs, feeds)."""

from .app import create_app
from .state import WebOptions

__all__ = ["create_app", "WebOptions"]
