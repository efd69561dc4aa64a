"""The subscriber list in the admin offers each export by name, in words the secretariat uses."""

import re

import pytest
from django.urls import reverse

from nieuwsbrief.models import Subscriber
from portal.admin_tools import changelist_url

pytestmark = pytest.mark.django_db


def test_the_export_links_name_each_selection(client, secretariaat_user):
    client.force_login(secretariaat_user)
    html = client.get(changelist_url(Subscriber)).content.decode()
    links = dict(re.findall(r'<a href="(/admin/nieuwsbrief/subscriber/export/[^"]+)">([^<]+)</a>', html))
    assert links == {
        reverse("admin:nieuwsbrief_subscriber_export", args=[service, selection]): text
        for service, selection, text in [
            ("mailchimp", "all", "Mailchimp: alle (met status)"),
            ("mailchimp", "confirmed", "Mailchimp: ingeschreven"),
            ("mailchimp", "unsubscribed", "Mailchimp: afgemeld"),
            ("laposta", "all", "Laposta: alle (met status)"),
            ("laposta", "confirmed", "Laposta: ingeschreven"),
            ("laposta", "unsubscribed", "Laposta: afgemeld"),
            ("listmonk", "confirmed", "listmonk: ingeschreven"),
            ("listmonk", "unsubscribed", "listmonk: afgemeld"),
            ("excel", "all", "Excel: alle (met status)"),
            ("excel", "confirmed", "Excel: ingeschreven"),
            ("excel", "unsubscribed", "Excel: afgemeld"),
        ]
    }
