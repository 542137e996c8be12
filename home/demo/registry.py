"""The demo pages in tree order (a parent before its children) and the navigation snippet.

To add a demo page: write its content module under home/demo/content/ and list it here.
"""

from .content.campaigns import COMMUNITY_WELCOME, LIMIT_DETENTION, REBUILD_ASYLUM
from .content.coalition import WHO_WE_ARE
from .content.faq import DOCUMENTS as FAQ_DOCUMENTS
from .content.faq import PAGES as FAQ_PAGES
from .content.faq import SNIPPETS as FAQ_SNIPPETS
from .content.home import HOME
from .content.navigation import navigation
from .pages import demo_key

DEMO_PAGES = [HOME, REBUILD_ASYLUM, LIMIT_DETENTION, COMMUNITY_WELCOME, WHO_WE_ARE, *FAQ_PAGES]

# Translatable snippets chosen by demo pages, in the order they are made.
DEMO_SNIPPETS = [*FAQ_SNIPPETS]
# Files in Documents used by demo pages.
DEMO_DOCUMENTS = [*FAQ_DOCUMENTS]

NAVIGATION_CONTENT = navigation
NAVIGATION_KEY = demo_key("snippet/site-navigation")
