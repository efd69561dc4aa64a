from django.apps import AppConfig

from alliantie.signals import account_closing


class AgendaConfig(AppConfig):
    name = "agenda"

    def ready(self):
        # In ready(): apps.py is imported while the app registry is still loading, and the receivers use models.
        from agenda import receivers

        account_closing.connect(receivers.release_registrations, dispatch_uid="agenda.release_registrations")
