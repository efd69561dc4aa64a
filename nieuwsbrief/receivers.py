"""What the newsletter does when another app tells it something (connected in apps.py)."""

from nieuwsbrief.services import unsubscribe_member


def end_subscription(sender, *, user, **kwargs):
    """An account closes (alliantie.signals.account_closing): a subscription under its address ends, with
    the withdrawal recorded; the proof of consent stays."""
    if user.email:
        unsubscribe_member(user=user)
