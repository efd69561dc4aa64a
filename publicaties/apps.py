from django.apps import AppConfig


class PublicatiesConfig(AppConfig):
    name = "publicaties"
    verbose_name = "Publicaties"
