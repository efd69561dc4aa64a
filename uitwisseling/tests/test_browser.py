"""In the browser, JavaScript off, on a phone: a coöperatie answers two questions through its link, the secretariat
publishes them with the list action, and they show on the topic page and on the coöperatie's profile."""

import pytest

from conftest import login
from cooperaties import profile_links
from cooperaties.tests.factories import CooperatieFactory
from uitwisseling.models import Answer, Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = "var/screenshots-uitwisseling"


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", java_script_enabled=False, viewport={"width": 375, "height": 800}
    )
    yield context.new_page()
    context.close()


def test_two_answers_go_from_the_link_through_the_secretariat_to_the_website(phone, seeded, secretariaat_user):
    cooperatie = CooperatieFactory(
        name="Buurtkracht Heerlen", place="Heerlen", province="limburg", contact_address="bestuur@example.org"
    )
    token = profile_links.make_token(cooperatie, profile_links.EXPERIENCES, days=14)
    began, stays = Question.objects.get(key="collectief-ontstaan"), Question.objects.get(key="collectief-blijven")

    phone.goto(f"/uitwisseling/antwoorden/{cooperatie.pk}/{token}/")
    phone.get_by_label(began.text).fill("Vijf buren begonnen met een moestuin achter het buurthuis.")
    phone.get_by_label(stays.text).fill("Elke maand eten we samen en besluiten we samen.")
    phone.screenshot(path=f"{SHOTS}/1-answer-form-375.png")
    phone.get_by_role("button", name="Antwoorden versturen").click()
    phone.screenshot(path=f"{SHOTS}/2-received-375.png", full_page=True)
    assert Answer.objects.waiting().count() == 2

    login(phone, secretariaat_user.email, "geheim-wachtwoord-123")
    phone.goto("/admin/uitwisseling/answer/?status__exact=ingediend")
    for checkbox in phone.locator("input[name=_selected_action]").all():
        checkbox.check()
    phone.select_option("select[name=action]", "publish")
    phone.get_by_role("button", name="Uitvoeren").click()
    phone.screenshot(path=f"{SHOTS}/3-admin-published-375.png", full_page=True)
    assert Answer.objects.filter(status=Answer.Status.GEPUBLICEERD).count() == 2

    phone.context.clear_cookies()  # as a visitor
    phone.goto(began.topic.get_absolute_url())
    assert phone.get_by_text("Vijf buren begonnen met een moestuin").is_visible()
    phone.screenshot(path=f"{SHOTS}/4-topic-375.png", full_page=True)
    phone.goto(cooperatie.get_absolute_url())
    assert phone.get_by_text("Elke maand eten we samen").is_visible()
    phone.screenshot(path=f"{SHOTS}/5-profile-375.png", full_page=True)
    phone.set_viewport_size({"width": 320, "height": 800})
    phone.goto("/uitwisseling/provincies/limburg/")
    phone.screenshot(path=f"{SHOTS}/6-limburg-320.png", full_page=True)
    phone.goto("/uitwisseling/")
    phone.screenshot(path=f"{SHOTS}/7-index-320.png", full_page=True)
