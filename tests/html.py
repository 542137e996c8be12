"""Reading rendered pages the way a visitor's browser (or a search engine) would."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def h1_texts(response):
    return [h.get_text(" ", strip=True) for h in soup(response).find_all("h1")]


def hreflangs(response):
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def meta_content(response, name=None, prop=None):
    attrs = {"name": name} if name else {"property": prop}
    tag = soup(response).find("meta", attrs=attrs)
    return tag["content"] if tag else None
