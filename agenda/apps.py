from django.apps import AppConfig

from alliantie.signals import account_closing


class AgendaConfig(AppConfig):
    name = "agenda"

    def ready(self):
        # In ready(): apps.py is imported while the app registry is still loading, and the receivers use models.
        from auditlog.signals import pre_log

        from agenda import receivers
        from agenda.models import Registration

        account_closing.connect(receivers.release_registrations, dispatch_uid="agenda.release_registrations")
        pre_log.connect(receivers.audit_only_the_secretariats_work, sender=Registration, dispatch_uid="agenda.audit")
