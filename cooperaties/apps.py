from django.apps import AppConfig


class CooperatiesConfig(AppConfig):
    name = "cooperaties"
