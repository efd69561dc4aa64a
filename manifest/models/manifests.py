"""Manifests, their chapters, and their numbered points: the sociale grondrechten and the kantelpunten."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL


class ManifestQuerySet(ContentQuerySet):
    def published(self):
        return self.filter(published=True)

    def with_plain_words(self):
        return self.exclude(plain_summary="")


class Manifest(models.Model):
    privacy = NOT_PERSONAL

    title = models.CharField(_("titel"), max_length=200)
    subtitle = models.CharField(_("ondertitel"), max_length=200, blank=True)
    slug = models.SlugField(_("korte naam in het adres"), max_length=80, unique=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    date = models.DateField(_("datum"), null=True, blank=True)
    summary = models.TextField(_("samenvatting"), blank=True, help_text=_("Witregel tussen alinea's."))
    # The manifest in plain words (B1): its page exists once this is filled in (seed_data/in-gewone-woorden.toml).
    plain_summary = models.TextField(
        _("samenvatting in gewone woorden"),
        blank=True,
        help_text=_("Korte zinnen, gewone woorden (taalniveau B1). Witregel tussen alinea's."),
    )
    published = models.BooleanField(_("gepubliceerd"), default=False)

    objects = ManifestQuerySet.as_manager()

    class Meta:
        verbose_name = _("manifest")
        verbose_name_plural = _("manifesten")
        ordering = ["-date", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("manifest:manifest-detail", kwargs={"slug": self.slug})

    def get_plain_url(self):
        return reverse("manifest:manifest-plain", kwargs={"slug": self.slug})


class Chapter(models.Model):
    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    class Shows(models.TextChoices):
        NOTHING = "", _("alleen de tekst")
        KLOVEN = "kloven", _("de kloven")
        GRONDRECHTEN = "grondrechten", _("de grondrechten")
        KANTELPUNTEN = "kantelpunten", _("de kantelpunten")

    manifest = models.ForeignKey(
        Manifest, on_delete=models.CASCADE, related_name="chapters", verbose_name=_("manifest")
    )
    order = models.PositiveSmallIntegerField(_("volgorde"))
    number = models.CharField(_("nummer"), max_length=10, blank=True, help_text=_("Bijvoorbeeld I, II of III."))
    title = models.CharField(_("titel"), max_length=200)
    text = models.TextField(
        _("tekst"), blank=True, help_text=_("Witregel tussen alinea's. Een regel die begint met ## is een tussenkop.")
    )
    shows = models.CharField(
        _("toon onder dit hoofdstuk"), max_length=20, choices=Shows.choices, blank=True, default=Shows.NOTHING
    )
    plain_title = models.CharField(
        _("titel in gewone woorden"), max_length=200, blank=True, help_text=_("Taalniveau B1.")
    )
    plain_text = models.TextField(
        _("tekst in gewone woorden"),
        blank=True,
        help_text=_("Korte zinnen, gewone woorden (taalniveau B1). Witregel tussen alinea's."),
    )

    class Meta:
        verbose_name = _("hoofdstuk")
        verbose_name_plural = _("hoofdstukken")
        ordering = ["manifest", "order"]
        constraints = [
            models.UniqueConstraint(fields=["manifest", "order"], name="manifest_chapter_unique_order"),
        ]

    def __str__(self):
        return f"{self.number} {self.title}".strip()


class ManifestPoint(models.Model):
    """A numbered point of a manifest: the sociale grondrechten and the kantelpunten."""

    objects = ContentQuerySet.as_manager()

    privacy = NOT_PERSONAL

    order = models.PositiveSmallIntegerField(_("volgorde"))
    title = models.CharField(_("titel"), max_length=200)
    text = models.TextField(_("tekst"), blank=True)
    plain_title = models.CharField(
        _("titel in gewone woorden"), max_length=200, blank=True, help_text=_("Taalniveau B1.")
    )
    plain_text = models.TextField(
        _("tekst in gewone woorden"),
        blank=True,
        help_text=_("Korte zinnen, gewone woorden (taalniveau B1). Witregel tussen alinea's."),
    )
    search_vector = stored_vector(("title", "A"), ("text", "C"))

    class Meta:
        abstract = True
        ordering = ["manifest", "order"]

    def __str__(self):
        return f"{self.order}. {self.title}"


class Grondrecht(ManifestPoint):
    manifest = models.ForeignKey(
        Manifest, on_delete=models.CASCADE, related_name="grondrechten", verbose_name=_("manifest")
    )

    class Meta(ManifestPoint.Meta):
        verbose_name = _("sociaal grondrecht")
        verbose_name_plural = _("sociale grondrechten")
        constraints = [models.UniqueConstraint(fields=["manifest", "order"], name="manifest_grondrecht_unique_order")]


class Kantelpunt(ManifestPoint):
    manifest = models.ForeignKey(
        Manifest, on_delete=models.CASCADE, related_name="kantelpunten", verbose_name=_("manifest")
    )

    class Meta(ManifestPoint.Meta):
        verbose_name = _("kantelpunt")
        verbose_name_plural = _("kantelpunten")
        constraints = [models.UniqueConstraint(fields=["manifest", "order"], name="manifest_kantelpunt_unique_order")]
