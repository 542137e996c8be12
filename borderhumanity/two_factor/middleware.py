import django_otp
from django.conf import settings
from wagtail_2fa.middleware import VerifyUserMiddleware

from borderhumanity.database_unavailable import DATABASE_ERRORS, try_again_response


class StaffTwoFactorMiddleware(VerifyUserMiddleware):
    """Asks for a code from staff who enrolled a device; sends the others to enrol only when
    STAFF_TWO_FACTOR_REQUIRED is on.

    wagtail-2fa offers either "everyone with admin access enrols" (this class, as released) or
    enrolment chosen per group, in which every superuser must still enrol; with its
    WAGTAIL_2FA_REQUIRED off it asks nobody for a code, enrolled or not. Its setting stays on and
    this narrows the first policy to the staff member's own choice.
    """

    def process_request(self, request):
        try:
            response = super().process_request(request)
            # wagtail-2fa's menu hook reads this: when true for an unverified user, the admin
            # menu shows only the way to enrol. Staff who need not enrol keep their menu.
            request.user.enable_2fa = request.user.is_authenticated and self.must_verify(request)
        except DATABASE_ERRORS:
            # The login is read here, before any view: keep the "try again" page, not a 500.
            return try_again_response(request)
        return response

    def _require_verified_user(self, request):
        return super()._require_verified_user(request) and self.must_verify(request)

    @staticmethod
    def must_verify(request):
        if settings.STAFF_TWO_FACTOR_REQUIRED:
            return True
        # One query per request, whichever of the two methods asks first.
        if not hasattr(request, "_staff_has_otp_device"):
            request._staff_has_otp_device = django_otp.user_has_device(request.user, confirmed=True)
        return request._staff_has_otp_device
