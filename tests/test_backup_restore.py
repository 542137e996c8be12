"""A backup of the running demo site, restored into a new database and media folder, serves
the same pages (the commands an operator runs: backup_site, then restore_site)."""

import os
import re
import urllib.request

from borderhumanity.live_site import serve_demo_site, server_database

PAGES = ["/en/", "/es/", "/en/petition/", "/es/peticion/", "/en/news/", "/es/noticias/"]


def visible(url):
    """What a reader sees of a page: its status, headings and images (not its CSRF token)."""
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 — localhost
        html = response.read().decode()
    return (
        response.status,
        re.findall(r"<h[12][^>]*>(.*?)</h[12]>", html, re.S),
        re.findall(r'<img[^>]+src="([^"]+)"', html),
    )


def test_a_restored_backup_serves_the_same_pages(live_site, tmp_path):
    before = {path: visible(live_site.url + path) for path in PAGES}  # renditions made too
    backup_dir = tmp_path / "backup"
    out = live_site.manage("backup_site", str(backup_dir))
    assert "database ->" in out and "media" in out

    restored_db = server_database(tmp_path, suffix="restored")
    restored_tmp = tmp_path / "restored"
    restored_tmp.mkdir()
    # The same commands, run into the new database and media folder.
    into_copy = {"DATABASE_URL": restored_db, "MEDIA_ROOT": str(restored_tmp / "media")}
    if restored_db.startswith("sqlite"):
        live_site.manage("migrate", "-v0", **into_copy)
        os.remove(restored_db.removeprefix("sqlite:///"))  # restore_site writes a whole file
    out = live_site.manage("restore_site", str(backup_dir), **into_copy)
    assert "database <-" in out

    with serve_demo_site(restored_tmp, workers=1, database_url=restored_db, load=False) as copy:
        for path in PAGES:
            assert before[path][0] == 200 and before[path][1], path
            assert visible(copy.url + path) == before[path], path
        images = visible(copy.url + "/en/")[2]
        assert images, "the home page shows images"
        with urllib.request.urlopen(copy.url + images[0], timeout=30) as image:  # noqa: S310
            assert image.status == 200 and image.headers["Content-Type"].startswith("image/")
