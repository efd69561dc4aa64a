import re

import pytest
from django.core import mail, signing
from django.urls import reverse

from alliantie.tests.factories import MembershipFactory, UserFactory
from nieuwsbrief.models import Consent, Subscriber
from nieuwsbrief.tokens import CONFIRM_SALT, make_confirm_token, make_unsubscribe_token

from .factories import ConsentFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

SUBSCRIBE = reverse("nieuwsbrief:subscribe")


def subscribe(client, email="nieuw@example.org", **extra):
    return client.post(SUBSCRIBE, {"email": email, "name": "Nieuwe Lezer", "organisation": "", **extra})


def link_in(message, name):
    path = reverse(f"nieuwsbrief:{name}", kwargs={"token": "TOKEN"}).replace("TOKEN/", "")
    match = re.search(re.escape(path) + r"(\S+?)/\s", message.body)
    assert match, message.body
    return reverse(f"nieuwsbrief:{name}", kwargs={"token": match.group(1)})


def test_subscribe_sends_mail_and_waits_for_confirmation(client, mail_delivered):
    with mail_delivered():
        response = subscribe(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("nieuwsbrief:subscribe-done")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    consent = subscriber.consents.get()
    assert consent.method == Consent.Method.DOUBLE_OPT_IN
    assert consent.confirmed_at is None
    assert consent.text_version
    assert consent.source == SUBSCRIBE
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuw@example.org"]
    assert "Bevestig" in message.subject
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_double_opt_in_get_changes_nothing_post_confirms(client, mail_delivered):
    with mail_delivered():
        subscribe(client)
    confirm_path = link_in(mail.outbox[0], "confirm")

    # A mail scanner opens the link: it sees a button, nothing is confirmed.
    response = client.get(confirm_path)
    assert response.status_code == 200
    assert b'method="post"' in response.content
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consents.get().confirmed_at is None

    response = client.post(confirm_path)
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert subscriber.consents.get().confirmed_at is not None


def test_forged_confirm_token_is_refused_and_changes_nothing(client):
    consent = ConsentFactory()
    token = make_confirm_token(consent)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    other_id = signing.TimestampSigner(salt="iets-anders").sign(str(consent.pk))
    for bad in (forged, other_id, "zomaar-iets"):
        path = reverse("nieuwsbrief:confirm", kwargs={"token": bad})
        for response in (client.get(path), client.post(path)):
            assert response.status_code == 400
            assert "Deze link werkt niet" in response.content.decode()
    consent.refresh_from_db()
    consent.subscriber.refresh_from_db()
    assert consent.confirmed_at is None
    assert consent.subscriber.status == Subscriber.Status.PENDING


def test_expired_confirm_token_is_refused(client, settings):
    consent = ConsentFactory()
    token = make_confirm_token(consent)
    settings.NEWSLETTER_CONFIRM_MAX_AGE = -1  # every token is older than this
    response = client.post(reverse("nieuwsbrief:confirm", kwargs={"token": token}))
    assert response.status_code == 400
    consent.subscriber.refresh_from_db()
    assert consent.subscriber.status == Subscriber.Status.PENDING


def test_token_of_one_purpose_does_not_work_for_the_other(client):
    subscriber = SubscriberFactory()
    # An unsubscribe token signs the subscriber id; as a confirm token it must be refused.
    token = make_unsubscribe_token(subscriber)
    assert client.post(reverse("nieuwsbrief:confirm", kwargs={"token": token})).status_code == 400
    assert signing.TimestampSigner(salt=CONFIRM_SALT).sign("1") != token


def test_subscribing_twice_creates_no_duplicate_and_answers_the_same(client, mail_delivered):
    SubscriberFactory(email="bekend@example.org")
    with mail_delivered():
        known = subscribe(client, email="BEKEND@Example.org")
        unknown = subscribe(client, email="onbekend@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert Subscriber.objects.filter(email__iexact="bekend@example.org").count() == 1
    # The known address is told so in its own mailbox, not on the screen.
    assert [m.to for m in mail.outbox] == [["bekend@example.org"], ["onbekend@example.org"]]
    assert "al aangemeld" in mail.outbox[0].subject


def test_pending_subscriber_subscribing_again_within_the_hour_gets_no_new_row_or_mail(client, mail_delivered):
    # The link in the first mail still works; a new mail an hour later: test_repeated_signups.py.
    with mail_delivered():
        subscribe(client)
        subscribe(client, email="NIEUW@example.org")
    assert (Subscriber.objects.count(), Consent.objects.count()) == (1, 1)
    assert len(mail.outbox) == 1


def test_unique_email_is_enforced_by_the_database():
    from django.db import IntegrityError

    SubscriberFactory(email="dubbel@example.org")
    with pytest.raises(IntegrityError):
        SubscriberFactory(email="Dubbel@Example.org")


def test_invalid_email_gives_a_form_error(client):
    response = subscribe(client, email="geen-adres")
    assert response.status_code == 200
    content = response.content.decode()
    assert "error-summary" in content
    assert 'id="id_email_error"' in content
    assert not Subscriber.objects.exists()


def test_honeypot_looks_like_success_but_stores_nothing(client):
    response = subscribe(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_eight_people_behind_one_client_address_can_all_sign_up(client):
    # A library or a community centre: one address for the whole building.
    answers = [subscribe(client, email=f"bezoeker{n}@example.org").status_code for n in range(8)]
    assert answers == [302] * 8
    assert Subscriber.objects.filter(email__startswith="bezoeker").count() == 8


def test_a_flood_from_one_client_address_is_stopped(client):
    for n in range(60):
        subscribe(client, email=f"a{n}@example.org")
    assert subscribe(client, email="eenenzestig@example.org").status_code == 429


def test_a_mistyped_address_does_not_count_against_the_limit(client):
    for _ in range(5):
        subscribe(client, email="geen-adres")
    answers = [subscribe(client, email="goed@example.org").status_code for _ in range(3)]
    assert answers == [302] * 3


def test_unsubscribe_page_get_changes_nothing_post_unsubscribes(client):
    subscriber = SubscriberFactory()
    consent = ConsentFactory(subscriber=subscriber)
    path = reverse("nieuwsbrief:unsubscribe", kwargs={"token": make_unsubscribe_token(subscriber)})
    response = client.get(path)
    assert response.status_code == 200
    assert subscriber.email in response.content.decode()
    assert "no-store" in response["Cache-Control"]  # the page shows the address: nobody may keep a copy
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED

    assert client.post(path).status_code == 302
    subscriber.refresh_from_db()
    consent.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assert consent.withdrawn_at is not None


def test_one_click_unsubscribe_by_post_without_login_or_csrf():
    from django.test import Client

    subscriber = SubscriberFactory()
    client = Client(enforce_csrf_checks=True)
    path = reverse("nieuwsbrief:one-click-unsubscribe", kwargs={"token": make_unsubscribe_token(subscriber)})
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_one_click_needs_the_rfc_8058_body():
    from django.test import Client

    subscriber = SubscriberFactory()
    path = reverse("nieuwsbrief:one-click-unsubscribe", kwargs={"token": make_unsubscribe_token(subscriber)})
    response = Client(enforce_csrf_checks=True).post(path, {})
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_one_click_with_forged_token_is_refused_and_changes_nothing():
    from django.test import Client

    subscriber = SubscriberFactory()
    token = make_unsubscribe_token(subscriber)
    forged = f"{subscriber.pk}:" + token.split(":", 1)[1][::-1]
    path = reverse("nieuwsbrief:one-click-unsubscribe", kwargs={"token": forged})
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_one_click_link_opened_in_a_browser_shows_the_page(client):
    subscriber = SubscriberFactory()
    token = make_unsubscribe_token(subscriber)
    response = client.get(reverse("nieuwsbrief:one-click-unsubscribe", kwargs={"token": token}))
    assert response.status_code == 302
    assert response["Location"] == reverse("nieuwsbrief:unsubscribe", kwargs={"token": token})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_old_confirm_link_does_not_resubscribe_after_unsubscribing(client):
    consent = ConsentFactory()
    token = make_confirm_token(consent)
    client.post(reverse("nieuwsbrief:unsubscribe", kwargs={"token": make_unsubscribe_token(consent.subscriber)}))
    response = client.post(reverse("nieuwsbrief:confirm", kwargs={"token": token}))
    assert response.status_code == 400
    consent.subscriber.refresh_from_db()
    assert consent.subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_my_subscription_needs_login(client):
    response = client.get(reverse("nieuwsbrief:my-subscription"))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_member_subscribes_and_unsubscribes_from_account(client):
    membership = MembershipFactory()
    user = membership.user
    client.force_login(user)
    url = reverse("nieuwsbrief:my-subscription")
    assert "U krijgt de nieuwsbrief nu niet" in client.get(url).content.decode()

    client.post(url, {"action": "subscribe"})
    subscriber = Subscriber.objects.get(email=user.email)
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.user == user
    assert subscriber.organisation == membership.organisation.name
    consent = subscriber.consents.get()
    assert consent.method == Consent.Method.MEMBER
    assert consent.confirmed_at is not None
    assert mail.outbox == []  # the address is verified already

    client.post(url, {"action": "unsubscribe"})
    subscriber.refresh_from_db()
    consent.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert consent.withdrawn_at is not None


def test_my_subscription_unknown_action_is_400(client):
    client.force_login(UserFactory())
    assert client.post(reverse("nieuwsbrief:my-subscription"), {"action": "iets"}).status_code == 400


@pytest.mark.parametrize(
    "headers", [{"HTTP_ORIGIN": "https://kwaadwillend.example"}, {"HTTP_SEC_FETCH_SITE": "cross-site"}]
)
def test_a_sign_up_posted_from_another_site_is_refused(client, headers):
    from nieuwsbrief.models import Subscriber

    response = client.post("/nieuwsbrief/aanmelden/", {"email": "slachtoffer@example.org"}, **headers)
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_a_sign_up_from_our_own_page_is_accepted(client):
    from nieuwsbrief.models import Subscriber

    headers = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
    assert client.post("/nieuwsbrief/aanmelden/", {"email": "lezer@example.org"}, **headers).status_code == 302
    assert Subscriber.objects.filter(email="lezer@example.org").exists()
