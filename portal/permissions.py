"""Give the Secretariaat group the permissions of an app's models, from a data migration.

Each app calls ``grant_to_secretariaat("<app_label>")`` in a migration of its own when it
adds models, so that the group always covers the portal's content.
"""

from django.contrib.auth.management import create_permissions

SECRETARIAAT = "Secretariaat"


def grant_to_secretariaat(app_label, actions=("add", "change", "delete", "view")):
    def forwards(apps, schema_editor):
        # Permissions are normally created after all migrations (post_migrate); create them now.
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        group, _ = Group.objects.get_or_create(name=SECRETARIAAT)
        codenames = [
            perm
            for perm in Permission.objects.filter(content_type__app_label=app_label).values_list("codename", flat=True)
            if perm.split("_", 1)[0] in actions
        ]
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))

    return forwards


def noop(apps, schema_editor):
    pass
