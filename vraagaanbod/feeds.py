"""Atom feeds of the current questions and offers: all, per topic, per province."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from cooperaties.models import Theme
from portal.links import absolute_url

from .models import PROVINCES, Posting

ITEMS = 50


class PostingFeed(Feed):
    feed_type = Atom1Feed

    def title(self, obj):
        return _("Vraag en aanbod van sociale coöperaties")

    def subtitle(self, obj):
        return _("Wat sociale coöperaties elkaar vragen en aanbieden, op de website van de Sociale Alliantie.")

    def link(self, obj):
        return absolute_url(reverse("vraagaanbod:posting-list"))

    def feed_url(self, obj):
        return absolute_url(reverse("vraagaanbod:feed"))

    def postings(self, obj):
        return Posting.objects.published().current(today=timezone.localdate())

    def items(self, obj):
        return self.postings(obj).for_list()[:ITEMS]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item):
        return item.text

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_author_name(self, item):
        return item.cooperatie.name

    def item_author_link(self, item):
        return absolute_url(item.cooperatie.get_absolute_url())

    def item_pubdate(self, item):
        return item.decided_at

    def item_updateddate(self, item):
        return item.decided_at

    def item_categories(self, item):
        return [item.theme.name, str(item.where)]


class ThemeFeed(PostingFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def title(self, obj):
        return _("Vraag en aanbod over %(theme)s") % {"theme": obj.name}

    def link(self, obj):
        return absolute_url(reverse("vraagaanbod:posting-list") + f"?onderwerp={obj.slug}")

    def feed_url(self, obj):
        return absolute_url(reverse("vraagaanbod:theme-feed", kwargs={"slug": obj.slug}))

    def postings(self, obj):
        return super().postings(obj).for_theme(obj)


class ProvinceFeed(PostingFeed):
    def get_object(self, request, province):
        names = dict(PROVINCES)
        if province not in names:
            raise Http404
        return province, names[province]

    def title(self, obj):
        return _("Vraag en aanbod in %(province)s") % {"province": obj[1]}

    def link(self, obj):
        return absolute_url(reverse("vraagaanbod:posting-list") + f"?provincie={obj[0]}")

    def feed_url(self, obj):
        return absolute_url(reverse("vraagaanbod:province-feed", kwargs={"province": obj[0]}))

    def postings(self, obj):
        return super().postings(obj).for_province(obj[0])
