"""The secretariat's pages for one person: search, a page to print or read out, JSON, and "Alles wissen"."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode

from portal import personal_data
from portal.audit import record_export
from portal.locking import Busy
from portal.permissions import SECRETARIAAT

from .erasing import erase_person, plan
from .finding import KINDS, Person, rows_for, search


def may_see_people(user):
    # Everything about a person on one page: only for the secretariat, not for every staff account.
    return user.is_active and (user.is_superuser or user.groups.filter(name=SECRETARIAAT).exists())


def _context(admin_site, request, title, **extra):
    if not may_see_people(request.user):
        raise PermissionDenied
    return {**admin_site.each_context(request), "title": title, **extra}


def _person(request):
    kind, value = request.GET.get("soort", ""), request.GET.get("waarde", "").strip()
    if kind not in KINDS or not value:
        raise Http404
    person = Person(kind, value, value)
    if kind == "account":
        user = person.account() if value.isdigit() else None
        if user is None:
            raise Http404
        person.label = f"{user.get_full_name() or user.username} ({user.email})"
    return person


def person_url(name, person):
    return f"{reverse(name)}?{urlencode({'soort': person.kind, 'waarde': person.value})}"


def _sections(person):
    return [personal_data.section_of(entry, rows, named=True) for entry, rows in rows_for(person)]


def search_view(admin_site, request):
    query = request.GET.get("q", "")
    people = search(query)
    for person in people:
        person.url = person_url("admin:people_person", person)
    context = _context(admin_site, request, "Personen zoeken", query=query, people=people)
    return TemplateResponse(request, "admin/people/search.html", context)


def person_view(admin_site, request):
    person = _person(request)
    context = _context(
        admin_site,
        request,
        f"Gegevens van {person.label}",
        person=person,
        sections=_sections(person),
        json_url=person_url("admin:people_person_json", person),
        erase_url=person_url("admin:people_person_erase", person),
    )
    return TemplateResponse(request, "admin/people/person.html", context)


def person_json_view(admin_site, request):
    person = _person(request)
    _context(admin_site, request, "")
    sections = _sections(person)
    record_export(
        request=request,
        model=rows_for(person)[0][0].model if sections else get_user_model(),
        description="Gegevens van één persoon gedownload",
        rows=sum(len(section["rijen"]) for section in sections),
    )
    return personal_data.download(None, filename="gegevens-persoon.json", sections=sections)


def erase_view(admin_site, request):
    person = _person(request)
    erasable, kept = plan(person)
    if request.method == "POST":
        _context(admin_site, request, "")
        try:
            erase_person(person=person, actor=request.user)
        except Busy as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"De gegevens van {person.label} zijn gewist.")
            return redirect(reverse("admin:people_search"))
    context = _context(
        admin_site,
        request,
        f"Alles wissen van {person.label}?",
        person=person,
        erasable=[(entry, rows.count()) for entry, rows in erasable],
        kept=[(entry, rows.count()) for entry, rows in kept],
        back_url=person_url("admin:people_person", person),
    )
    return TemplateResponse(request, "admin/people/erase.html", context)
