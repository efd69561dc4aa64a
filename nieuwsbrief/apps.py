from django.apps import AppConfig

from alliantie.signals import account_closing


class NieuwsbriefConfig(AppConfig):
    name = "nieuwsbrief"

    def ready(self):
        # In ready(): apps.py is imported while the app registry is still loading, and the receivers use models.
        from nieuwsbrief import receivers

        account_closing.connect(receivers.end_subscription, dispatch_uid="nieuwsbrief.end_subscription")
