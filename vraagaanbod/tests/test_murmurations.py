"""The Murmurations profile of a posting validates against the offers_wants schema of the Murmurations Library
(stored in fixtures/murmurations/ with its source and commit)."""

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from .factories import PostingFactory

pytestmark = pytest.mark.django_db
FIXTURE = Path(__file__).parent / "fixtures" / "murmurations"
# The base of the schema's $id: its "../fields/x.json" references resolve below it.
LIBRARY = "https://test-library.murmurations.network/v2/"


def validator():
    def resource(path):
        return Resource.from_contents(json.loads((FIXTURE / path).read_text()), default_specification=DRAFT7)

    fields = [f"fields/{path.name}" for path in (FIXTURE / "fields").glob("*.json")]
    registry = Registry().with_resources((LIBRARY + path, resource(path)) for path in fields)
    schema = json.loads((FIXTURE / "schemas" / "offers_wants_schema-v0.1.0.json").read_text())
    return Draft7Validator(schema, registry=registry)


def profile(client, posting):
    return client.get(f"/vraag-en-aanbod/murmurations/{posting.pk}.json").json()


@pytest.mark.parametrize(("kind", "province"), [("vraag", ""), ("aanbod", "utrecht")])
def test_the_profile_validates_against_the_stored_schema(client, today, kind, province):
    errors = list(
        validator().iter_errors(profile(client, PostingFactory(published=True, kind=kind, province=province)))
    )
    assert [error.message for error in errors] == []


def test_the_schema_check_catches_a_wrong_profile(client, today):
    data = {**profile(client, PostingFactory(published=True)), "exchange_type": "ruilen"}
    assert not validator().is_valid(data)


def test_a_question_is_a_want_with_the_relay_form_as_contact(client, today, settings):
    posting = PostingFactory(published=True)
    data = profile(client, posting)
    form = settings.SITE_URL.rstrip("/") + posting.cooperatie.get_absolute_url() + "bericht/?onderwerp=Reactie+op%3A+"
    form += urlencode({"": posting.title})[1:]
    assert (data["exchange_type"], data["contact_details"]) == ("want", {"contact_form": form})


def test_a_waiting_posting_has_no_profile(client, today):
    assert client.get(f"/vraag-en-aanbod/murmurations/{PostingFactory().pk}.json").status_code == 404


def test_the_posting_page_links_its_profile(client, today):
    posting = PostingFactory(published=True)
    page = client.get(posting.get_absolute_url()).content.decode()
    assert f'type="application/json" href="/vraag-en-aanbod/murmurations/{posting.pk}.json"' in page
