"""Security headers Django does not send by itself: the Content-Security-Policy (django-csp,
with a separate policy for the admin) and a Permissions-Policy."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class SiteCSPMiddleware(CSPMiddleware):
    """The strict policy from CONTENT_SECURITY_POLICY for the public site; ADMIN_CSP_DIRECTIVES
    for the admins, whose own templates carry inline scripts and styles (see settings)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_path(request.path_info):
            # No nonce here: a nonce in script-src makes browsers ignore 'unsafe-inline'.
            return PolicyParts(config=settings.ADMIN_CSP_DIRECTIVES)
        return parts


class PermissionsPolicyMiddleware:
    """Turns off browser features no page of the site uses, for the page and anything it frames."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response
