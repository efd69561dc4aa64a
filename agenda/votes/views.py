"""The vote in the room (no account: a stemcode), the results of a day and the comparison of a year."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from portal import ratelimit
from portal.locking import Busy

from ..models import Development, Event, Vote, VoteYearSummary
from . import charts, services
from .forms import BallotForm, CodeForm

# Wrong codes per address: a room on one wifi shares an address, so this counts only wrong codes
# (not the right code of a vote that closed, which a whole room may reload at once).
GUESS_SCOPE = "stemcode"
# Per address and event: a room on one wifi may mistype often (100 people, a few typos each), while 60
# guesses in 10 minutes against 8.5 × 10¹¹ possible codes find nothing.
GUESS_LIMIT = 60
GUESS_PERIOD = 10 * 60


class VoteMixin:
    @cached_property
    def event(self):
        return get_object_or_404(Event.objects.visible_to(self.request.user), slug=self.kwargs["slug"])

    @cached_property
    def vote(self):
        vote = Vote.objects.filter(event=self.event).first()
        if vote is None:
            raise Http404
        return vote

    def too_many_guesses(self):
        return ratelimit.exceeded(scope=self.guess_scope, who=ratelimit.client_ip(self.request), limit=GUESS_LIMIT)

    def count_guess(self):
        ratelimit.allow(
            scope=self.guess_scope, who=ratelimit.client_ip(self.request), limit=GUESS_LIMIT, period=GUESS_PERIOD
        )

    @property
    def guess_scope(self):
        return f"{GUESS_SCOPE}:{self.event.pk}"

    def lookup(self, code):
        """The ballot, or VoteError; refused outright after too many wrong codes from this address."""
        if self.too_many_guesses():
            raise services.VoteError(
                _("U heeft te vaak een verkeerde stemcode ingevuld. Probeer het over 10 minuten opnieuw.")
            )
        try:
            return services.find(event=self.event, code=code)
        except services.WrongCode:
            self.count_guess()
            raise


# A ballot's address holds its code: never kept by a browser or a proxy.
@method_decorator(never_cache, name="dispatch")
class VoteEntryView(VoteMixin, FormView):
    """The page the room's QR code and short address lead to: type the code from your slip."""

    template_name = "agenda/vote_entry.html"
    form_class = CodeForm

    def get_initial(self):
        return {"code": self.request.GET.get("code", "")}

    def get_context_data(self, **kwargs):
        return super().get_context_data(event=self.event, vote=self.vote, **kwargs)

    def form_valid(self, form):
        try:
            code = self.lookup(form.cleaned_data["code"])
        except services.VoteError as error:
            form.add_error("code", str(error))
            return self.form_invalid(form)
        return redirect("agenda:vote-ballot", slug=self.event.slug, code=code.code)


@method_decorator(never_cache, name="dispatch")
class BallotView(VoteMixin, FormView):
    template_name = "agenda/vote_ballot.html"

    def dispatch(self, request, *args, **kwargs):
        try:
            self.code = self.lookup(kwargs["code"])
        except services.VoteError as error:
            messages.error(request, str(error))
            return redirect("agenda:vote-entry", slug=self.event.slug)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def developments(self):
        return list(Development.objects.filter(vote=self.vote))

    def get_form(self, form_class=None):
        current = dict(self.code.stickers.values_list("development_id", "side"))
        return BallotForm(
            **self.get_form_kwargs(),
            developments=self.developments,
            allowed=self.vote.stickers_per_person,
            current=current,
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            event=self.event,
            vote=self.vote,
            code_display=services.display(self.code.code),
            voted=self.code.voted_at,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.cast(code=self.code, stickers=form.stickers())
        except (services.VoteError, Busy) as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("Uw stem is opgeslagen. U kunt hem wijzigen tot het stemmen sluit."))
        return redirect(reverse("agenda:vote-ballot", kwargs={"slug": self.event.slug, "code": self.code.code}))


class VoteResultsView(VoteMixin, TemplateView):
    """Public once published; the secretariat sees it before, to check the sums."""

    template_name = "agenda/vote_results.html"

    def get_context_data(self, **kwargs):
        vote = self.vote
        if not vote.is_published and not self.request.user.has_perm("agenda.view_vote"):
            raise Http404
        developments = list(Development.objects.filter(vote=vote).with_totals())
        chart = charts.event_chart(vote, developments)
        others = Vote.objects.published().filter(event__year=self.event.year).exclude(pk=vote.pk).exists()
        return super().get_context_data(event=self.event, vote=vote, chart=chart, compare=others, **kwargs)


class VoteYearView(TemplateView):
    """'De resultaten verschilden per bijeenkomst en regio': every published day of a year side by side."""

    template_name = "agenda/vote_year.html"

    def get_context_data(self, **kwargs):
        year = self.kwargs["year"]
        summary = VoteYearSummary.objects.published().filter(year=year).first()
        # pk after the date: days on the same date always come in the same order.
        votes = list(
            Vote.objects.published().filter(event__year=year).select_related("event").order_by("event__date", "pk")
        )
        developments = {}
        for development in Development.objects.filter(vote__in=votes).with_totals():
            developments.setdefault(development.vote_id, []).append(development)
        if summary is None and not votes:
            raise Http404
        compared = charts.comparison_charts([(vote, developments.get(vote.pk, [])) for vote in votes])
        return super().get_context_data(summary=summary, votes=votes, charts=compared, **kwargs)
