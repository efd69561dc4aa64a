"""A member of the Secretariaat group manages people, never rights (no escalation through the admin)."""

import pytest
from django.contrib.auth.models import Group

from alliantie.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def change_url(user):
    return f"/admin/alliantie/user/{user.pk}/change/"


@pytest.fixture
def secretariaat(client, secretariaat_user):
    client.force_login(secretariaat_user)
    return client


def form_data(user, **changes):
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "10:00:00",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
        **changes,
    }


def test_secretariaat_changes_a_name(secretariaat):
    person = UserFactory(first_name="Piet")
    response = secretariaat.post(change_url(person), form_data(person, first_name="Pieter"))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.first_name == "Pieter"


def test_secretariaat_cannot_make_itself_superuser(secretariaat, secretariaat_user):
    secretariaat.post(change_url(secretariaat_user), form_data(secretariaat_user, is_superuser="on"))
    secretariaat_user.refresh_from_db()
    assert not secretariaat_user.is_superuser


def test_secretariaat_cannot_make_someone_staff(secretariaat):
    person = UserFactory()
    secretariaat.post(change_url(person), form_data(person, is_staff="on"))
    person.refresh_from_db()
    assert not person.is_staff


def test_secretariaat_cannot_put_someone_in_a_group(secretariaat):
    person = UserFactory()
    group = Group.objects.get(name="Secretariaat")
    secretariaat.post(change_url(person), form_data(person, groups=[group.pk]))
    assert not person.groups.exists()


def test_secretariaat_does_not_see_the_rights_fields(secretariaat):
    html = secretariaat.get(change_url(UserFactory())).content.decode()
    assert 'name="is_superuser"' not in html
    assert 'name="groups"' not in html
    assert 'name="user_permissions"' not in html


def test_secretariaat_cannot_set_another_users_password(secretariaat):
    person = UserFactory()
    response = secretariaat.post(
        f"/admin/alliantie/user/{person.pk}/password/",
        {"password1": "Nieuw-wachtwoord-2026!", "password2": "Nieuw-wachtwoord-2026!", "usable_password": "true"},
    )
    assert response.status_code == 403


def test_secretariaat_cannot_change_a_superuser(secretariaat):
    boss = UserFactory(is_superuser=True, is_staff=True, first_name="Baas")
    response = secretariaat.post(change_url(boss), form_data(boss, first_name="Gewijzigd", is_active=""))
    assert response.status_code == 403
    boss.refresh_from_db()
    assert boss.first_name == "Baas" and boss.is_active


def test_secretariaat_cannot_delete_a_superuser(secretariaat):
    boss = UserFactory(is_superuser=True, is_staff=True)
    response = secretariaat.post(f"/admin/alliantie/user/{boss.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert type(boss).objects.filter(pk=boss.pk).exists()


def test_secretariaat_cannot_bulk_delete_a_superuser(secretariaat):
    boss = UserFactory(is_superuser=True, is_staff=True)
    other = UserFactory()
    response = secretariaat.post(
        "/admin/alliantie/user/",
        {"action": "delete_selected", "_selected_action": [boss.pk, other.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert type(boss).objects.filter(pk=boss.pk).exists()


def test_secretariaat_cannot_reach_groups_or_permissions(secretariaat):
    assert secretariaat.get("/admin/auth/group/").status_code == 403
    assert secretariaat.get("/admin/auth/group/add/").status_code == 403
