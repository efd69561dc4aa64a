"""Seed 004 on the 2012 pages: the workgroup reports and the published summary of the vote."""

import pytest

from agenda import seed
from agenda.models import VoteYearSummary, Workshop
from nieuwsbrief import proposals
from nieuwsbrief.models import Edition

pytestmark = pytest.mark.django_db


class Out:
    def write(self, text):
        pass


def test_2012_workgroup_reports_on_the_event_page_in_the_documents_words(client, seeded):
    seed.load(examples=False, stdout=Out())  # idempotent: nothing doubles
    reports = Workshop.objects.with_reports()
    assert reports.count() == 5
    assert VoteYearSummary.objects.count() == 1
    page = client.get("/agenda/alliantiedag-2012-2-november/").content.decode()
    assert "werk als de koninklijke weg uit de armoede gaat eigenlijk sinds 2008 niet meer op" in page
    assert "Met ‘Delen achter de duinen’ werd een voorbeeld gegeven" in page
    assert "overgang van een deel van de AWBZ naar de WMO" in page
    assert "samenwerken is noodzakelijk, maar aan samengaan kleven (nog) te veel haken en ogen" in page
    assert "randverschijnselen die toch een kern raken" in page


def test_2012_vote_summary_without_tallies(client, seeded):
    page = client.get("/agenda/alliantiedag-2012-drachten/").content.decode()
    assert "2 keer een stikker plakken bij telkens 10 ontwikkelingen" in page
    assert "Van verzorgingsstaat naar participatiestad" in page
    assert "Normaal maken van meedoen van arbeidsgehandicapten" in page
    year = client.get("/agenda/stemming/2012/")
    assert year.status_code == 200
    assert year.context["summary"].verweer_points[1] == "Toename van inkomens- en vermogensongelijkheid"
    assert len(year.context["summary"].vernieuwing_points) == 4
    assert year.context["charts"] == []  # the document gives no counts, so no chart
    assert "Het verslag geeft geen aantallen" in year.content.decode()


def test_reports_are_found_by_the_newsletter_composer(client, seeded):
    edition = Edition.objects.create(number=1, title="Nieuwsbrief", date="2026-12-01")
    groups = proposals.search(edition, "AWBZ")
    found = [obj for _label, items in groups for _ct, obj, _present in items]
    assert [str(obj) for obj in found] == ["Werkgroep 'zorg'"]
    content_type, obj = next((ct, obj) for _label, items in groups for ct, obj, _present in items)
    added = proposals.add_content(edition=edition, picks=[f"{content_type}:{obj.pk}"])
    assert added[0].url.endswith(f"/agenda/alliantiedag-2012-2-november/#werkgroep-{obj.pk}")
    assert "AWBZ" in added[0].text
