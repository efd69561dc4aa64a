import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _

from portal import mail, ratelimit

# Mails anybody can make us send to an address by typing it into a form: a sign-up with it, a password reset.
# Each address gets at most this many of them an hour, so nobody can flood someone's mailbox through us; the
# page answers the same either way (no enumeration), and the first mail's link still works.
UNASKED_MAILS = {
    "account/email/account_already_exists",
    "account/email/unknown_account",
    "account/email/password_reset_key",
    "account/email/email_confirmation_signup",
}
UNASKED_MAILS_PER_ADDRESS_PER_HOUR = 3


class AccountAdapter(DefaultAccountAdapter):
    """allauth's mails go through the portal's queue like every other mail, so a slow or absent mail
    server never blocks a request; and an account without a name is asked for it after login."""

    def send_mail(self, template_prefix, email, context):
        if template_prefix in UNASKED_MAILS and not ratelimit.allow(
            scope="unasked-mail",
            who=ratelimit.address_key(email),
            limit=UNASKED_MAILS_PER_ADDRESS_PER_HOUR,
            period=3600,
        ):
            return
        message = self.render_mail(template_prefix, email, context)
        mail.queue(
            to=message.to,
            subject=message.subject,
            body=message.body,
            headers=message.extra_headers,
            template=template_prefix,
        )

    def is_reauthentication_required(self, *, app, **kwargs):
        # allauth asks for the password again before any step of the second factor unless a separate re-check
        # was made; a login does not count. Staff meet the set-up and their recovery codes right after logging
        # in, so the first set-up, and anything within REAUTHENTICATION_TIMEOUT of a login in this session, asks
        # nothing more. Later, switching the app off or making new codes asks again.
        user = getattr(self.request, "user", None)
        if (
            app == "allauth.mfa"
            and user is not None
            and user.is_authenticated
            and (not is_mfa_enabled(user) or self._logged_in_within_reauthentication_timeout(user))
        ):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _logged_in_within_reauthentication_timeout(self, user):
        # allauth's record of this session's logins (internal API; the version is pinned in requirements.txt).
        moments = [record.get("at", 0) for record in get_authentication_records(self.request, user)]
        return bool(moments) and time.time() - max(moments) < account_settings.REAUTHENTICATION_TIMEOUT

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts failed logins per account from anywhere (its "key" limit), so anyone could lock a
        # chosen account out with five wrong passwords. Counted per (client address, account) pair, a guesser
        # is stopped while the owner, from an address that has not failed, still gets in. allauth's own
        # per-address limit (ACCOUNT_RATE_LIMITS) stops one address guessing at many accounts.
        login = credentials.get("email", credentials.get("username", "")).lower()
        return f"{self.get_client_ip(request)}:{login}"

    def get_login_redirect_url(self, request):
        user = request.user
        if user.is_authenticated and not (user.first_name and user.last_name):
            # Names go on the presentielijst and in every mail; older accounts were made without one.
            messages.info(request, _("Vul alstublieft uw naam in. Die staat op de presentielijst en in onze e-mails."))
            return reverse("alliantie:profile")
        return super().get_login_redirect_url(request)
