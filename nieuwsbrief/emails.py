"""The two e-mails this app sends itself. Both carry RFC 8058 one-click unsubscribe headers."""

from django.urls import reverse

from portal.links import absolute_url as absolute
from portal.mail import send_templated

from .tokens import confirm_max_age, make_confirm_token, make_unsubscribe_token


def unsubscribe_urls(subscriber):
    token = make_unsubscribe_token(subscriber)
    return {
        "unsubscribe_url": absolute(reverse("nieuwsbrief:unsubscribe", kwargs={"token": token})),
        "one_click_url": absolute(reverse("nieuwsbrief:one-click-unsubscribe", kwargs={"token": token})),
    }


def _send(*, template, subscriber, context):
    urls = unsubscribe_urls(subscriber)
    send_templated(
        template=f"nieuwsbrief/email/{template}",
        to=subscriber.email,
        context={**context, **urls, "subscriber": subscriber},
        headers={
            "List-Unsubscribe": f"<{urls['one_click_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send_confirm_mail(consent):
    confirm_url = absolute(reverse("nieuwsbrief:confirm", kwargs={"token": make_confirm_token(consent)}))
    _send(
        template="confirm",
        subscriber=consent.subscriber,
        context={"confirm_url": confirm_url, "valid_days": confirm_max_age().days},
    )


def send_already_subscribed_mail(subscriber):
    _send(template="already_subscribed", subscriber=subscriber, context={})
