"""What the site told a configured CDN to drop (see the cdn_purges fixture in conftest.py)."""


def purged_urls(purge):
    return [url for call in purge.call_args_list for url in call.args[0]]
