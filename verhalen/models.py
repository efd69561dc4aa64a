"""Ervaringsverhalen: what people themselves tell about poverty, beside the figures of the kloven."""

import re

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from cooperaties.search import SEARCH_CONFIG
from portal.caching.versions import ContentQuerySet
from portal.optimistic import Versioned
from portal.privacy import Personal

# Long enough for a real story (two pages of A4); a wall of 20,000 characters gets a field error.
MAX_STORY_LENGTH = 5000


class StoryQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(status=Story.Status.GEPUBLICEERD)

    def about(self, kloof):
        return self.filter(kloven=kloof)

    def naming(self, *names):
        """Stories whose title or text names one of ``names`` as a word with its capital ("Best", not "best")."""
        words = "|".join(re.escape(name) for name in names if name)
        if not words:
            return self.none()
        pattern = rf"(^|[^[:alnum:]])({words})($|[^[:alnum:]])"
        return self.filter(Q(title__regex=pattern) | Q(text__regex=pattern))

    def awaiting_decision(self):
        return self.filter(status=Story.Status.INGEDIEND)

    def newsletter_candidates(self, search=""):
        return self.published().filter(Q(title__icontains=search) | Q(text__icontains=search))


class Story(Versioned):
    privacy = Personal(
        fields={
            "name": _("uw naam, als u die gaf"),
            "contact": _("hoe wij u kunnen bereiken, als u dat gaf"),
            "text": _("uw verhaal"),
            "consent_text": _("de tekst van uw toestemming"),
            "consented_at": _("wanneer u toestemming gaf"),
        },
        purpose=_("Uw verhaal op de website zetten, zoals u vroeg, en u iets kunnen vragen over uw verhaal."),
        seen_by=_(
            "Het secretariaat. Op de website staat alleen het verhaal met de naam die u koos; uw contactgegevens nooit."
        ),
        retention="story",
        owner_email="contact",
    )

    class Naming(models.TextChoices):
        FULL_NAME = "naam", _("Met mijn naam")
        FIRST_NAME = "voornaam", _("Alleen met mijn voornaam")
        ANONYMOUS = "anoniem", _("Zonder naam (anoniem)")

    class Status(models.TextChoices):
        INGEDIEND = "ingediend", _("Ingediend, wacht op het secretariaat")
        GEPUBLICEERD = "gepubliceerd", _("Op de website")
        INGETROKKEN = "ingetrokken", _("Van de website gehaald")

    title = models.CharField(
        _("titel"), max_length=200, blank=True, help_text=_("Kiest het secretariaat. Mag leeg blijven.")
    )
    text = models.TextField(_("verhaal"))
    kloven = models.ManyToManyField(
        "manifest.Kloof", blank=True, related_name="stories", verbose_name=_("over welke kloven")
    )
    naming = models.CharField(_("hoe genoemd"), max_length=10, choices=Naming.choices, default=Naming.ANONYMOUS)
    name = models.CharField(_("naam"), max_length=200, blank=True)
    contact = models.CharField(
        _("contact (e-mail of telefoon)"), max_length=200, blank=True, help_text=_("Nooit op de website.")
    )
    consent_text = models.TextField(_("tekst van de toestemming"))
    consented_at = models.DateTimeField(_("toestemming gegeven op"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.INGEDIEND)
    created = models.DateTimeField(_("ingediend op"), default=timezone.now, editable=False)
    published_at = models.DateTimeField(_("op de website sinds"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("van de website gehaald op"), null=True, blank=True)
    # When the secretariat decided (published or withdrew): retention counts from here.
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)

    search_vector = models.GeneratedField(
        expression=SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("text", weight="C", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created"]
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")
        indexes = [
            GinIndex(fields=["search_vector"], name="story_search_gin", fastupdate=False),
            models.Index(fields=["status", "-published_at"], name="story_status_published"),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="story_text_not_empty"),
            models.CheckConstraint(condition=~Q(consent_text=""), name="story_consent_text_stored"),
            models.CheckConstraint(condition=Q(naming="anoniem") | ~Q(name=""), name="story_named_story_has_a_name"),
            models.CheckConstraint(
                condition=Q(status__in=["ingediend", "gepubliceerd", "ingetrokken"]), name="story_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="gepubliceerd") | Q(published_at__isnull=False),
                name="story_published_has_date",
            ),
        ]

    def __str__(self):
        return self.title or Truncator(self.text).words(8)

    def get_absolute_url(self):
        return reverse("verhalen:story-detail", kwargs={"pk": self.pk})

    @property
    def display_title(self):
        return self.title or Truncator(self.text).words(8)

    @property
    def display_name(self):
        """The name as the writer chose to be shown: full, first name only, or none."""
        if self.naming == self.Naming.FULL_NAME and self.name:
            return self.name
        if self.naming == self.Naming.FIRST_NAME and self.name:
            return self.name.split()[0]
        return _("Anoniem")

    @property
    def newsletter_text(self):
        return Truncator(self.text).words(60)
