"""The journey's script stays small and self-contained, and the page's whole CSS and JavaScript
stays within the site's budget for cheap phones on slow connections."""

import gzip
import re

from django.contrib.staticfiles import finders


def gzipped(path):
    with open(finders.find(path), "rb") as handle:
        return len(gzip.compress(handle.read(), compresslevel=9))


def test_the_map_script_is_under_15_kb_compressed_and_has_no_dependencies():
    assert gzipped("journey/journey.js") < 15 * 1024
    with open(finders.find("journey/journey.js"), encoding="utf-8") as handle:
        source = handle.read()
    assert not re.search(r"\bimport\b|\brequire\(|https?://(?!www\.w3\.org/2000/svg)", source)


def test_the_journey_page_css_and_js_fit_the_30_kb_budget():
    files = ["css/site.css", "js/site.js", "journey/journey.css", "journey/journey.js"]
    assert sum(gzipped(path) for path in files) < 30 * 1024
