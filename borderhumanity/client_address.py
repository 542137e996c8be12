"""The visitor's address (placeholder until the proxy-aware version lands)."""


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")
