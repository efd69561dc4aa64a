"""The secretariat's admin site: its login is allauth's, and its yes/no icons speak Dutch."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from alliantie.tests.factories import UserFactory
from portal.permissions import SECRETARIAAT


@pytest.mark.django_db
def test_the_admin_login_sends_a_visitor_to_the_one_login_form(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_yes_no_icons_in_an_admin_list_are_read_as_ja_and_nee(admin_client):
    UserFactory(email="actief@example.org", is_active=True)
    UserFactory(email="uit@example.org", is_active=False)
    page = admin_client.get(reverse("admin:alliantie_user_changelist")).content.decode()
    assert 'icon-yes.svg" alt="ja"' in page and 'icon-no.svg" alt="nee"' in page
    assert 'alt="True"' not in page and 'alt="False"' not in page


@pytest.mark.django_db
def test_a_read_only_yes_no_value_is_read_as_ja(client):
    secretary = UserFactory(is_staff=True)
    secretary.groups.add(Group.objects.get(name=SECRETARIAAT))
    colleague = UserFactory(is_staff=True, is_active=True)
    client.force_login(secretary)
    # Only a superuser changes whether a staff account is active: the secretary sees it read-only.
    page = client.get(reverse("admin:alliantie_user_change", args=[colleague.pk])).content.decode()
    assert '<div class="readonly"><img src="/static/admin/img/icon-yes.svg" alt="ja"></div>' in page
