from django.apps import AppConfig
from django.apps import apps as global_apps
from django.conf import settings
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from portal.permissions import SECRETARIAAT


def ensure_secretariaat_group(sender, using="default", apps=None, **kwargs):
    """Keep the Secretariaat group whole after every migrate and flush.

    Data migrations create the group; a flush (between browser tests) empties it again,
    and post_migrate is sent after both.
    """
    # apps.py is imported while the app registry is still loading, before any model may be imported.
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.using(using).get_or_create(name=SECRETARIAAT)
    labels = [config.label for config in global_apps.get_app_configs() if config.name in settings.PORTAL_APPS]
    group.permissions.add(*Permission.objects.using(using).filter(content_type__app_label__in=labels))
    # The secretariat reads the audit trail; nobody may change it.
    group.permissions.add(
        *Permission.objects.using(using).filter(content_type__app_label="auditlog", codename="view_logentry")
    )


class AlliantieConfig(AppConfig):
    """The network: accounts, member organisations, memberships, chair terms and documents."""

    name = "alliantie"
    label = "alliantie"
    verbose_name = _("Alliantie: netwerk en leden")

    def ready(self):
        # Runs for every app's post_migrate; by the last apps (allauth, django_filters) auth has
        # created every portal permission, so the group ends up complete.
        post_migrate.connect(ensure_secretariaat_group, dispatch_uid="ensure_secretariaat_group")
