from django.apps import AppConfig


class NieuwsbriefConfig(AppConfig):
    name = "nieuwsbrief"
