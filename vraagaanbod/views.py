"""Public pages of vraag en aanbod, the JSON for Murmurations, and the form a coöperatie opens from its link."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, ListView, TemplateView

from cooperaties import profile_links
from cooperaties.models import Cooperatie
from portal.caching.objects import KeptObjectMixin
from portal.locking import Busy

from . import murmurations, services
from .forms import FilterForm, PostingForm
from .models import Posting


def filtered(queryset, choices):
    if choices.get("soort"):
        queryset = queryset.of_kind(choices["soort"])
    if choices.get("onderwerp"):
        queryset = queryset.for_theme(choices["onderwerp"])
    if choices.get("provincie"):
        queryset = queryset.for_province(choices["provincie"])
    return queryset


class PostingListView(ListView):
    template_name = "vraagaanbod/posting_list.html"
    context_object_name = "postings"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.filter_form = FilterForm(request.GET or None)
        self.choices = self.filter_form.choices() if request.GET else {}
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return filtered(Posting.objects.published().current(today=timezone.localdate()), self.choices).for_list()

    def get_context_data(self, **kwargs):
        chosen = {name: value for name, value in self.choices.items() if value}
        return super().get_context_data(
            filter_form=self.filter_form,
            is_filtered=bool(chosen),
            feed_url=feed_url(chosen),
            page_query=urlencode({name: getattr(value, "slug", value) for name, value in chosen.items()}),
            **kwargs,
        )


def feed_url(chosen):
    """The feed for what the list shows by topic or province (a feed of one kind is not offered)."""
    if chosen.get("onderwerp"):
        return reverse("vraagaanbod:theme-feed", kwargs={"slug": chosen["onderwerp"].slug})
    if chosen.get("provincie"):
        return reverse("vraagaanbod:province-feed", kwargs={"province": chosen["provincie"]})
    return reverse("vraagaanbod:feed")


class PostingDetailView(KeptObjectMixin, DetailView):
    template_name = "vraagaanbod/posting_detail.html"
    context_object_name = "posting"

    def get_queryset(self):
        return Posting.objects.published().select_related("cooperatie", "theme")

    def get_context_data(self, **kwargs):
        return super().get_context_data(ended=self.object.has_ended(today=timezone.localdate()), **kwargs)


def murmurations_profile(request, pk):
    posting = get_object_or_404(Posting.objects.published().select_related("cooperatie", "theme"), pk=pk)
    return JsonResponse(
        murmurations.profile(posting),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


@method_decorator(never_cache, name="dispatch")
class PostingCreateView(FormView):
    """Opened from the link the coöperatie got by mail; a bad link gets a friendly 400 and changes nothing."""

    form_class = PostingForm
    template_name = "vraagaanbod/posting_form.html"

    def dispatch(self, request, *args, pk, token, **kwargs):
        cooperatie = Cooperatie.objects.published().filter(pk=pk).first()
        try:
            if cooperatie is None:
                raise profile_links.BadLink
            profile_links.check(token, cooperatie=cooperatie, purpose=profile_links.POST)
        except profile_links.BadLink:
            return render(request, "vraagaanbod/link_invalid.html", status=400)
        self.cooperatie = cooperatie
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "today": timezone.localdate()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(cooperatie=self.cooperatie, **kwargs)

    def form_valid(self, form):
        try:
            services.submit_posting(cooperatie=self.cooperatie, data=form.cleaned_data)
        except services.PostingRateLimited:
            form.add_error(
                None, _("Via deze link is het afgelopen uur al veel gestuurd. Probeer het over een uur opnieuw.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        except Busy as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect("vraagaanbod:posting-received")


class PostingReceivedView(TemplateView):
    template_name = "vraagaanbod/posting_received.html"
