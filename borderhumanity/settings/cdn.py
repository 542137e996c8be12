"""wagtail.contrib.frontend_cache from the environment: which CDN (or caching proxy) to tell
when a page is published, unpublished or moved. Nothing set: no purge requests are sent."""


def frontend_cache_from_env(environ):
    backends = {}
    if environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx or any HTTP PURGE proxy
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if environ.get("CLOUDFLARE_ZONEID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": environ["CLOUDFLARE_ZONEID"],
        }
    if environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends
