"""Staff work only with their second step set up, on every page: the admin, the door check-in, previews."""

from django.shortcuts import redirect
from django.urls import reverse

from alliantie import second_factor


class SecondFactorRequiredMiddleware:
    """A staff account without an authenticator app is sent to set one up from any page but the account's own
    (login, logout, the second step itself) and the set-up: a password alone must not open personal data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and second_factor.needs_set_up(user) and not self._exempt(request.path_info):
            return redirect(second_factor.set_up_url(request.get_full_path()))
        return self.get_response(request)

    @staticmethod
    def _exempt(path):
        set_up = reverse("admin:second_factor_set_up")
        return path.startswith(("/account/", set_up, reverse("admin:logout"), "/static/"))
