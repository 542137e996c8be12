"""The demo pages in tree order (a parent before its children) and the navigation snippet.

To add a demo page: write its content module under home/demo/content/ and list it here.
"""

from .content.actions import COALITION_LETTER, PETITION, SIGN_ON_LETTER
from .content.campaigns import COMMUNITY_WELCOME, LIMIT_DETENTION, REBUILD_ASYLUM
from .content.coalition import WHO_WE_ARE
from .content.faq import DOCUMENTS as FAQ_DOCUMENTS
from .content.faq import PAGES as FAQ_PAGES
from .content.faq import SNIPPETS as FAQ_SNIPPETS
from .content.home import HOME
from .content.journey import ASYLUM_JOURNEY
from .content.navigation import navigation
from .content.news import NEWS_PAGES
from .content.rights import KNOW_YOUR_RIGHTS
from .content.stories import NEWS_SIGNUP, STORY_FORM, WAITING_STORY, WELCOME_STORY
from .content.toolkit import TOOLKIT
from .pages import demo_key

DEMO_PAGES = [
    HOME,
    REBUILD_ASYLUM,
    LIMIT_DETENTION,
    COMMUNITY_WELCOME,
    WHO_WE_ARE,
    SIGN_ON_LETTER,
    PETITION,
    COALITION_LETTER,
    ASYLUM_JOURNEY,
    *NEWS_PAGES,
    TOOLKIT,
    STORY_FORM,
    NEWS_SIGNUP,
    KNOW_YOUR_RIGHTS,
    *FAQ_PAGES,
]


# Snippets the pages choose (published stories): made and translated before the pages.
DEMO_SNIPPETS = [WAITING_STORY, WELCOME_STORY, *FAQ_SNIPPETS]
# Files in Documents used by demo pages.
DEMO_DOCUMENTS = [*FAQ_DOCUMENTS]

NAVIGATION_CONTENT = navigation

# Demo data of apps that build on the pages, as dotted paths to functions taking no arguments
# (home imports no other app): search's promoted results and "nothing found" pages, the
# coalition letter's signatory organisations. Each runs on every load and skips what exists.
DEMO_EXTRAS = ["search.demo.load", "home.demo.content.actions.add_signatories"]
NAVIGATION_KEY = demo_key("snippet/site-navigation")
