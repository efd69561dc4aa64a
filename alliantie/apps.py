from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

PORTAL_APPS = ["alliantie", "manifest", "cooperaties", "agenda", "nieuwsbrief"]


def ensure_secretariaat_group(sender, using="default", apps=None, **kwargs):
    """Keep the Secretariaat group whole after every migrate and flush.

    Data migrations create the group; a flush (between browser tests) empties it again,
    and post_migrate is sent after both.
    """
    from django.apps import apps as global_apps
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.using(using).get_or_create(name="Secretariaat")
    labels = [label for label in PORTAL_APPS if global_apps.is_installed(label)]
    group.permissions.add(*Permission.objects.using(using).filter(content_type__app_label__in=labels))


class AlliantieConfig(AppConfig):
    name = "alliantie"
    verbose_name = _("Alliantie: netwerk en leden")

    def ready(self):
        # Runs for every app's post_migrate; by the last apps (allauth, django_filters) auth has
        # created every portal permission, so the group ends up complete.
        post_migrate.connect(ensure_secretariaat_group, dispatch_uid="ensure_secretariaat_group")
