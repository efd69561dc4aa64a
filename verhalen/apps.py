from django.apps import AppConfig


class VerhalenConfig(AppConfig):
    name = "verhalen"
    verbose_name = "Verhalen"
