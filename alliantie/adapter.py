from allauth.account.adapter import DefaultAccountAdapter
from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _

from portal import mail


class AccountAdapter(DefaultAccountAdapter):
    """allauth's mails go through the portal's queue like every other mail, so a slow or absent mail
    server never blocks a request; and an account without a name is asked for it after login."""

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        mail.queue(
            to=message.to,
            subject=message.subject,
            body=message.body,
            headers=message.extra_headers,
            template=template_prefix,
        )

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
