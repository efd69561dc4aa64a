"""The exchange: the five topics of the basisdocument, the questions coöperaties ask each other on them, and
each coöperatie's answer ("hoe doen wij het") once the secretariat published it."""

from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cooperaties.models import Cooperatie, Province, Theme
from cooperaties.search import stored_vector
from portal.caching.versions import ContentQuerySet
from portal.privacy import NOT_PERSONAL, Personal


class TopicQuerySet(ContentQuerySet):
    def for_index(self):
        return self.select_related("theme").annotate(
            question_count=models.Count("questions", distinct=True),
            answer_count=models.Count(
                "questions__answers",
                filter=Q(questions__answers__in=Answer.objects.published()),
                distinct=True,
            ),
        )


class Topic(models.Model):
    """One of the five topics; it is a theme of the directory's vocabulary (cooperaties.Theme)."""

    privacy = NOT_PERSONAL

    theme = models.OneToOneField(
        Theme, on_delete=models.CASCADE, related_name="exchange_topic", verbose_name=_("thema")
    )
    title = models.CharField(_("titel"), max_length=200)
    introduction = models.TextField(_("uitleg uit het basisdocument"), blank=True)
    source = models.CharField(_("bron"), max_length=300)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["theme__position", "theme__name"]
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    def __str__(self):
        return self.title

    @property
    def slug(self):
        return self.theme.slug

    def get_absolute_url(self):
        return reverse("uitwisseling:topic", kwargs={"slug": self.theme.slug})


class QuestionQuerySet(ContentQuerySet):
    def with_published_answers(self):
        """Each question with ``shown_answers``: its published answers and their coöperaties, in two queries."""
        return self.prefetch_related(
            models.Prefetch(
                "answers",
                queryset=Answer.objects.published().select_related("cooperatie").order_by("cooperatie__name"),
                to_attr="shown_answers",
            )
        )


class Question(models.Model):
    privacy = NOT_PERSONAL

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="questions", verbose_name=_("onderwerp"))
    # Never changes: the seed finds the question again by it.
    key = models.SlugField(_("code"), max_length=80, unique=True)
    text = models.TextField(_("vraag"))
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["topic__theme__position", "position", "pk"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="uitw_question_not_empty")]

    def __str__(self):
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"


class AnswerQuerySet(ContentQuerySet):
    def published(self):
        """Published, of a coöperatie whose profile is public: an archived coöperatie's answers go with it."""
        return self.filter(status=Answer.Status.GEPUBLICEERD, cooperatie__in=Cooperatie.objects.published())

    def waiting(self):
        return self.filter(status=Answer.Status.INGEDIEND)

    def live(self):
        """Waiting or published: a coöperatie has at most one of these per question."""
        return self.exclude(status=Answer.Status.AFGEWEZEN)

    def in_province(self, province):
        return (
            self.published()
            .filter(cooperatie__province=province)
            .select_related("cooperatie", "question__topic__theme")
            .order_by("question__topic__theme__position", "question__position", "cooperatie__name")
        )

    def on_profile(self, cooperatie):
        """A coöperatie's published answers, for its profile, in the order of the topics and questions."""
        return (
            self.published()
            .filter(cooperatie=cooperatie)
            .select_related("question__topic__theme")
            .order_by("question__topic__theme__position", "question__position")
        )


class Answer(models.Model):
    """A coöperatie's answer to one question, in its own words. It waits for the secretariat.

    The rule: a coöperatie has at most one live answer (waiting or published) per question, kept by a
    constraint in the database. A new text for a question it answered replaces that answer and waits again."""

    privacy = Personal(
        fields={"text": _("het antwoord van een coöperatie; een groep schrijft het, maar het kan mensen noemen")},
        purpose=_("Zodat coöperaties van elkaars ervaringen leren: een gepubliceerd antwoord staat op de website."),
        seen_by=_("Het secretariaat; na publicatie iedereen, op de website."),
        retention="exchange_answer",
    )

    class Status(models.TextChoices):
        INGEDIEND = "ingediend", _("Ingediend")
        GEPUBLICEERD = "gepubliceerd", _("Gepubliceerd")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers", verbose_name=_("vraag"))
    # Removed with the coöperatie's profile.
    cooperatie = models.ForeignKey(
        Cooperatie, on_delete=models.CASCADE, related_name="exchange_answers", verbose_name=_("coöperatie")
    )
    text = models.TextField(_("antwoord"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.INGEDIEND)
    created = models.DateTimeField(_("ingestuurd op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    # The site search's words (zoeken/sources.py), kept by PostgreSQL itself.
    search_vector = stored_vector(("text", "B"))

    objects = AnswerQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "cooperatie"], condition=~Q(status="afgewezen"), name="uitw_one_live_answer"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["ingediend", "gepubliceerd", "afgewezen"]), name="uitw_answer_status_valid"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="uitw_answer_not_empty"),
        ]
        indexes = [
            models.Index(fields=["status", "created"], name="uitw_answer_status_created"),
            # Answers grow with the network; the search finds them through this index.
            GinIndex(fields=["search_vector"], name="uitw_answer_search_gin", fastupdate=False),
        ]

    def __str__(self):
        return f"{self.cooperatie} – {self.question}"

    @property
    def is_published(self):
        return self.status == self.Status.GEPUBLICEERD

    @property
    def is_waiting(self):
        return self.status == self.Status.INGEDIEND


def province_from_slug(slug):
    """The province of a page's slug; None for an unknown one and for 'landelijk', which is no province."""
    if slug == Province.LANDELIJK or slug not in Province.values:
        return None
    return Province(slug)
