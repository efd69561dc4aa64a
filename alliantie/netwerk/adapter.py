from allauth.account.adapter import DefaultAccountAdapter

from alliantie import mail


class AccountAdapter(DefaultAccountAdapter):
    """allauth's mails (verification, password reset, 'you already have an account') go through the
    portal's queue like every other mail, so a slow or absent mail server never blocks a request."""

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        mail.queue(
            to=message.to,
            subject=message.subject,
            body=message.body,
            headers=message.extra_headers,
            template=template_prefix,
        )
