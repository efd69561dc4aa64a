from django.apps import AppConfig


class ManifestConfig(AppConfig):
    name = "manifest"
