from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Prefetch
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, ListView

from manifest.models import Kloof
from portal import ratelimit
from portal.caching.objects import KeptObjectMixin
from portal.links import absolute_url
from portal.public_forms import PublicFormMixin

from . import services
from .forms import RemovalLinkForm, StoryForm
from .models import Story
from .tokens import make_remove_token, read_remove_token

PUBLIC_KLOVEN = Prefetch("kloven", queryset=Kloof.objects.published().only("name", "slug"))


class StoryListView(ListView):
    template_name = "verhalen/story_list.html"
    context_object_name = "stories"
    paginate_by = 20

    def get_queryset(self):
        return Story.objects.published().prefetch_related(PUBLIC_KLOVEN)


class StoryDetailView(KeptObjectMixin, DetailView):
    template_name = "verhalen/story_detail.html"
    context_object_name = "story"

    def get_queryset(self):
        return Story.objects.published().prefetch_related(PUBLIC_KLOVEN)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**{"preview": False, **kwargs})


# Not marked public_page() in urls.py, and never kept by a browser or proxy: it shows unpublished stories.
@method_decorator(never_cache, name="dispatch")
class StoryPreviewView(PermissionRequiredMixin, StoryDetailView):
    """The secretariat sees a story, in any status, as visitors will see it once it is published."""

    permission_required = "verhalen.view_story"

    def has_permission(self):
        # Staff only, as in the admin: a permission given to a non-staff account through a group would
        # otherwise open this page without the second step that every staff account has.
        return self.request.user.is_staff and super().has_permission()

    def get_queryset(self):
        return Story.objects.prefetch_related(PUBLIC_KLOVEN)

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=True, **kwargs)


class ShareStoryView(PublicFormMixin, FormView):
    form_class = StoryForm
    template_name = "verhalen/story_form.html"
    success_url = reverse_lazy("verhalen:story-thanks")
    rate_limited_errors = (services.StoryRateLimited,)

    def get_initial(self):
        # "Deel uw verhaal" on a kloof page ticks that kloof already.
        slug = self.request.GET.get("kloof", "").replace("\x00", "")
        return {"kloven": list(Kloof.objects.published().filter(slug=slug))} if slug else {}

    def get_rate_limited_message(self):
        return _(
            "Er zijn vanaf uw adres al veel verhalen gestuurd. Uw verhaal staat nog hieronder. "
            "Probeer het over een uur opnieuw."
        )

    def submit(self, form):
        story = services.submit_story(data=form.cleaned_data, ip=ratelimit.client_ip(self.request))
        # The removal link is shown once, on the thanks page, also to writers without e-mail.
        self.request.session["verhalen_removal_token"] = make_remove_token(story)


# Both show or act on the story's private removal link: no browser, proxy or CDN may keep them.
@method_decorator(never_cache, name="dispatch")
class ThanksView(FormView):
    """Shows the removal link once (a reload or the next person at a shared computer no longer sees it), and
    offers to mail it or print the page: a 90-character link is hard to keep as a bookmark."""

    template_name = "verhalen/story_thanks.html"
    form_class = RemovalLinkForm
    success_url = reverse_lazy("verhalen:story-thanks")

    def get_initial(self):
        return {"token": self.request.session.pop("verhalen_removal_token", "")}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        token = context["form"]["token"].value()
        if token and read_remove_token(token) is not None:
            context["removal_url"] = absolute_url(reverse("verhalen:story-remove", kwargs={"token": token}))
        return context

    def form_valid(self, form):
        try:
            sent = services.mail_removal_link(
                token=form.cleaned_data["token"], email=form.cleaned_data["email"], ip=ratelimit.client_ip(self.request)
            )
        except services.StoryRateLimited:
            form.add_error(None, _("Er zijn vanaf uw adres al veel links gemaild. Probeer het over een uur opnieuw."))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        if not sent:
            return render(self.request, "verhalen/remove_invalid.html", status=404)
        told = _("Wij hebben de link gemaild naar %(email)s. Bewaar die e-mail goed.")
        messages.success(self.request, told % {"email": form.cleaned_data["email"]})
        return super().form_valid(form)


@method_decorator(never_cache, name="dispatch")
class RemoveStoryView(View):
    """The writer's private link: a page with one button; the story is deleted on POST only, so a
    link checker or preview that opens the link removes nothing."""

    def get(self, request, token):
        story_id = read_remove_token(token)
        story = Story.objects.filter(pk=story_id).first() if story_id else None
        if story is None:
            return render(request, "verhalen/remove_invalid.html", status=404)
        return render(request, "verhalen/remove_confirm.html", {"story": story})

    def post(self, request, token):
        story_id = read_remove_token(token)
        if story_id is None or not services.remove_on_request(story_id=story_id):
            return render(request, "verhalen/remove_invalid.html", status=404)
        return render(request, "verhalen/remove_done.html")
