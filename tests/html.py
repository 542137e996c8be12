"""Only for tests/test_demo_content.py, which the demo app's move rewrites: it imports these from
here. Everything else imports them from tests.factories; delete this once that file does."""

from tests.factories import h1_texts, hreflangs, meta_content, soup

__all__ = ["h1_texts", "hreflangs", "meta_content", "soup"]
