"""No lost edits on a coöperatie: the admin form checks the version; the coöperatie's own link and the
services that apply its changes are never refused."""

import pytest
from django.urls import reverse

from cooperaties import profile_links
from cooperaties.models import ChangeRequest, Cooperatie
from portal.tests.admin_forms import form_as_sent

from .factories import CooperatieFactory
from .test_profile_links import edit_path, form_data

pytestmark = pytest.mark.django_db

SUMMARY = "Wij repareren fietsen voor buurtbewoners."


@pytest.fixture
def staff(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def loaded(staff, cooperatie):
    url = reverse("admin:cooperaties_cooperatie_change", args=[cooperatie.pk])
    return url, form_as_sent(staff.get(url), Cooperatie)


def changed_by_own_link(client, cooperatie, **changes):
    """The coöperatie sends a change through its link; the secretariat approves it (through the service)."""
    client.post(edit_path(cooperatie, profile_links.EDIT), form_data(cooperatie, **changes))
    request = ChangeRequest.objects.get(cooperatie=cooperatie)
    client.post(reverse("admin:cooperaties_changerequest_approve", args=[request.pk]))


def test_a_fresh_save_of_a_cooperatie_works(staff):
    cooperatie = CooperatieFactory()
    url, form = loaded(staff, cooperatie)
    staff.post(url, form | {"summary": SUMMARY})
    assert Cooperatie.objects.get(pk=cooperatie.pk).summary == SUMMARY


def test_a_stale_save_of_a_cooperatie_keeps_the_other_persons_summary(staff):
    cooperatie = CooperatieFactory()
    url, sams_form = loaded(staff, cooperatie)
    _, kims_form = loaded(staff, cooperatie)
    staff.post(url, kims_form | {"summary": SUMMARY})
    staff.post(url, sams_form | {"summary": "Sams samenvatting."})
    assert Cooperatie.objects.get(pk=cooperatie.pk).summary == SUMMARY


def test_a_change_by_the_own_link_is_applied_after_the_secretariat_saved_the_profile(staff):
    cooperatie = CooperatieFactory()
    url, form = loaded(staff, cooperatie)
    staff.post(url, form | {"place": "Nieuwegein"})
    changed_by_own_link(staff, Cooperatie.objects.get(pk=cooperatie.pk), summary=SUMMARY)
    assert Cooperatie.objects.get(pk=cooperatie.pk).summary == SUMMARY


def test_a_save_based_on_the_profile_before_an_approved_change_keeps_that_change(staff):
    cooperatie = CooperatieFactory(contact_address="fiets@example.org")
    url, sams_form = loaded(staff, cooperatie)
    changed_by_own_link(staff, cooperatie, summary=SUMMARY)
    staff.post(url, sams_form | {"summary": "Sams samenvatting."})
    assert Cooperatie.objects.get(pk=cooperatie.pk).summary == SUMMARY
