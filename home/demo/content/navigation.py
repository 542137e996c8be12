"""The site navigation snippet: header menu, donate button, footer links, social profiles."""

from ..stream import link
from ..text import R, T


def social(platform, url):
    return ("social", {"platform": platform, "url": url, "handle": "@borderhumanity"})


def navigation(ctx):
    return {
        "header_links": [
            ("link", link(T("Asylum", "Asilo"), page=ctx.page("rebuild-asylum"))),
            ("link", link(T("Detention", "Detención"), page=ctx.page("limit-detention"))),
            ("link", link(T("Welcome", "Acogida"), page=ctx.page("community-welcome"))),
            ("link", link(T("The journey", "El proceso"), page=ctx.page("asylum-journey"))),
            ("link", link(T("Toolkit", "Kit digital"), page=ctx.page("toolkit"))),
            ("link", link(T("News", "Noticias"), page=ctx.page("news"))),
            ("link", link(T("Who we are", "Quiénes somos"), page=ctx.page("who-we-are"))),
        ],
        "donate_link": [("link", link(T("Donate", "Dona"), url="https://example.org/donate"))],
        "footer_links": [
            ("link", link(T("Press", "Prensa"), page=ctx.page("who-we-are"))),
            ("link", link(T("Sign the petition", "Firma la petición"), page=ctx.page("petition"))),
            (
                "link",
                link(
                    T("Share your story", "Comparte tu historia"), page=ctx.page("share-your-story")
                ),
            ),
            ("link", link(T("Get the news", "Recibe noticias"), page=ctx.page("news-signup"))),
            (
                "link",
                link(T("Know your rights", "Conoce tus derechos"), page=ctx.page("kyr-border")),
            ),
            ("link", link(T("Privacy", "Privacidad"), url="https://example.org/privacy")),
            ("link", link(T("Contact us", "Contáctanos"), url="https://example.org/contact")),
        ],
        # Profile addresses are synchronised, not translated: the same in every language.
        "social_links": [
            social("bluesky", "https://bsky.example.org/profile/borderhumanity"),
            social("mastodon", "https://social.example.org/@borderhumanity"),
            social("instagram", "https://instagram.example.org/borderhumanity"),
            social("youtube", "https://video.example.org/@borderhumanity"),
        ],
        "footer_text": R(
            "<p>Border Humanity is a <b>fictional</b> binational coalition: everything on this "
            "site is demo content.</p>",
            "<p>Border Humanity es una coalición binacional <b>ficticia</b>: todo lo que hay en "
            "este sitio es contenido de demostración.</p>",
        ),
    }
