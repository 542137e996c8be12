"""The demo pages in tree order (a parent before its children) and the navigation snippet.

To add a demo page: write its content module under home/demo/content/ and list it here.
"""

from .content.actions import PETITION, SIGN_ON_LETTER
from .content.campaigns import COMMUNITY_WELCOME, LIMIT_DETENTION, REBUILD_ASYLUM
from .content.coalition import WHO_WE_ARE
from .content.home import HOME
from .content.navigation import navigation
from .content.stories import NEWS_SIGNUP, STORY_FORM, WAITING_STORY, WELCOME_STORY
from .pages import demo_key

DEMO_PAGES = [
    HOME,
    REBUILD_ASYLUM,
    LIMIT_DETENTION,
    COMMUNITY_WELCOME,
    WHO_WE_ARE,
    SIGN_ON_LETTER,
    PETITION,
    STORY_FORM,
    NEWS_SIGNUP,
]

# Snippets the pages choose (published stories): made and translated before the pages.
DEMO_SNIPPETS = [WAITING_STORY, WELCOME_STORY]

NAVIGATION_CONTENT = navigation
NAVIGATION_KEY = demo_key("snippet/site-navigation")
