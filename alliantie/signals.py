"""What the network app tells the other apps, so that it never has to import them.

``account_closing`` is sent by ``services.delete_user`` with ``user=``, inside its transaction, after the
account row is locked and before it is deleted. Every app that keeps something about a person connects a
receiver in its ``AppConfig.ready`` that ends or erases it (agenda: registrations; nieuwsbrief: the
subscription). Sent with ``send``, not ``send_robust``: a receiver that fails rolls the whole deletion back,
so an account never goes while a promise to it is half kept.
"""

from django.dispatch import Signal

account_closing = Signal()
