"""The exchange's public pages (the topics, each topic's questions with the answers, a page per province) and
the page a coöperatie opens from its signed link to answer the questions."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, TemplateView

from agenda.models import Event
from cooperaties import profile_links
from cooperaties.models import Cooperatie, Municipality, Province
from portal.locking import Busy

from . import province_sections, services
from .forms import AnswersForm
from .models import Answer, Topic, province_from_slug
from .projects import REGIONAL_PROJECTS

PAST_EVENTS_SHOWN = 5


def provinces():
    """The twelve provinces, as (slug, name)."""
    return [(value, label) for value, label in Province.choices if value != Province.LANDELIJK]


class IndexView(TemplateView):
    template_name = "uitwisseling/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(topics=Topic.objects.for_index(), provinces=provinces(), **kwargs)


class TopicView(DetailView):
    template_name = "uitwisseling/topic.html"
    context_object_name = "topic"

    def get_object(self, queryset=None):
        return get_object_or_404(Topic.objects.select_related("theme"), theme__slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            questions=self.object.questions.with_published_answers(),
            other_topics=Topic.objects.select_related("theme").exclude(pk=self.object.pk),
            **kwargs,
        )


class ProvinceView(TemplateView):
    """'Collectieve redzaamheid' in one province: its coöperaties, what they shared, its events, its project."""

    template_name = "uitwisseling/province.html"

    def get_context_data(self, *, slug, **kwargs):
        province = province_from_slug(slug)
        if province is None:
            raise Http404
        cooperaties = list(
            Cooperatie.objects.published().in_province(province).only("name", "slug", "place", "summary", "province")
        )
        # Events carry a region in free text and a place: an event counts for the province when its region is the
        # province's name or its place is one of the province's municipalities (CBS's division).
        municipalities = Municipality.objects.filter(province=province).values("plain_name")
        events = Event.objects.public().filter(Q(region__iexact=str(province.label)) | Q(city__in=municipalities))
        return super().get_context_data(
            province=province,
            cooperaties=[c for c in cooperaties if not c.is_national],
            national=[c for c in cooperaties if c.is_national],
            answers=Answer.objects.in_province(province),
            upcoming_events=events.upcoming(),
            past_events=events.past()[:PAST_EVENTS_SHOWN],
            project=REGIONAL_PROJECTS.get(province),
            sections=province_sections.for_province(province),
            provinces=provinces(),
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class AnswerView(FormView):
    """The coöperatie's own page of questions, opened from the link the secretariat mailed it."""

    form_class = AnswersForm
    template_name = "uitwisseling/answer_form.html"

    def dispatch(self, request, *args, pk, token, **kwargs):
        # An unknown coöperatie gets the same answer as a bad link.
        cooperatie = Cooperatie.objects.filter(pk=pk).first()
        try:
            if cooperatie is None:
                raise profile_links.BadLink
            profile_links.check(token, cooperatie=cooperatie, purpose=profile_links.EXPERIENCES)
        except profile_links.BadLink:
            return render(request, "uitwisseling/link_invalid.html", status=400)
        self.cooperatie = get_object_or_404(Cooperatie.objects.published(), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        topics = list(Topic.objects.select_related("theme").prefetch_related("questions"))
        current = {answer.question_id: answer for answer in Answer.objects.live().filter(cooperatie=self.cooperatie)}
        return {**super().get_form_kwargs(), "topics": topics, "current": current}

    def get_context_data(self, **kwargs):
        return super().get_context_data(cooperatie=self.cooperatie, **kwargs)

    def form_valid(self, form):
        try:
            services.submit_answers(cooperatie=self.cooperatie, texts=form.texts())
        except Busy as error:  # what they typed stays in the form
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect("uitwisseling:answers-received")


class AnswersReceivedView(TemplateView):
    template_name = "uitwisseling/answers_received.html"
