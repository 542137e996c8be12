"""Two-factor sign-in for staff: wagtail-2fa on django-otp, optional unless
STAFF_TWO_FACTOR_REQUIRED (middleware.py). wagtail-2fa 1.8.0, its latest release, predates
Wagtail 8 and django-otp 1.7.1: apps.py and forms.py bridge the two gaps, nothing more."""
