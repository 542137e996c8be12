"""The demo pages in tree order (a parent before its children) and the navigation snippet.

To add a demo page: write its content module under home/demo/content/ and list it here.
"""

from .content.campaigns import COMMUNITY_WELCOME, LIMIT_DETENTION, REBUILD_ASYLUM
from .content.coalition import WHO_WE_ARE
from .content.home import HOME
from .content.navigation import navigation
from .content.rights import KNOW_YOUR_RIGHTS
from .pages import demo_key

DEMO_PAGES = [
    HOME,
    REBUILD_ASYLUM,
    LIMIT_DETENTION,
    COMMUNITY_WELCOME,
    WHO_WE_ARE,
    KNOW_YOUR_RIGHTS,
]

NAVIGATION_CONTENT = navigation

# Demo data of apps that build on the pages, as dotted paths to functions taking no arguments
# (home imports no other app): search's promoted results and its "nothing found" pages.
DEMO_EXTRAS = ["search.demo.load"]
NAVIGATION_KEY = demo_key("snippet/site-navigation")
