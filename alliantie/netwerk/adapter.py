from allauth.account.adapter import DefaultAccountAdapter
from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _

from alliantie import mail


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

    def get_login_redirect_url(self, request):
        user = request.user
        if user.is_authenticated and not (user.first_name and user.last_name):
            # Names go on the presentielijst and in every mail; older accounts were made without one.
            messages.info(request, _("Vul alstublieft uw naam in. Die staat op de presentielijst en in onze e-mails."))
            return reverse("alliantie:profile")
        return super().get_login_redirect_url(request)
