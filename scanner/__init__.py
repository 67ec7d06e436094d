"""scrubs: find the posts a clinician should delete. This package reads accounts and runs scans."""

from scanner.models import Account, Link, Media, Person, Post

__version__ = "0.1.0"
__all__ = ["Account", "Link", "Media", "Person", "Post", "__version__"]
