"""A sign-up sent again, or many at once, for one address: one consent record and one mail an hour."""

import datetime
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from nieuwsbrief import services
from nieuwsbrief.models import Consent, Subscriber
from portal.outbox.models import OutgoingMail

ADDRESS = "lezer@example.org"


def sign_up(number):
    response = Client(REMOTE_ADDR=f"192.0.2.{number}").post(
        reverse("nieuwsbrief:subscribe"), {"email": ADDRESS, "consent": "on"}
    )
    connection.close()  # each thread had a database connection of its own
    return response.status_code


@pytest.mark.django_db(transaction=True)
def test_ten_sign_ups_at_once_give_one_consent_and_one_mail():
    barrier = threading.Barrier(10)
    answers = []

    def visitor(number):
        barrier.wait()
        answers.append(sign_up(number))

    threads = [threading.Thread(target=visitor, args=(number,)) for number in range(1, 11)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert answers == [302] * 10  # every visitor gets the same answer
    assert (Subscriber.objects.count(), Consent.objects.count()) == (1, 1)
    assert OutgoingMail.objects.filter(to=[ADDRESS]).count() == 1


@pytest.mark.django_db
def test_a_sign_up_repeated_after_an_hour_sends_the_mail_again(time_machine):
    services.request_subscription(email=ADDRESS)
    services.request_subscription(email=ADDRESS)
    assert OutgoingMail.objects.filter(to=[ADDRESS]).count() == 1
    time_machine.move_to(Consent.objects.get().requested_at + datetime.timedelta(hours=1, minutes=1))
    services.request_subscription(email=ADDRESS)
    assert (Consent.objects.count(), OutgoingMail.objects.filter(to=[ADDRESS]).count()) == (2, 2)
