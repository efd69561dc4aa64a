import pytest
from django import forms


class ExampleForm(forms.Form):
    name = forms.CharField(label="Naam")
    email = forms.EmailField(label="E-mailadres")


def test_form_errors_get_a_summary_that_links_to_the_fields():
    form = ExampleForm(data={"name": "", "email": "geen-adres"})
    html = str(form)
    assert 'class="error-summary"' in html
    assert 'href="#id_name"' in html and 'href="#id_email"' in html
    assert "Er zijn 2 fouten" in html
    # What the person typed is kept.
    assert 'value="geen-adres"' in html
    assert 'aria-invalid="true"' in html


class TwoRulesForm(forms.Form):
    password = forms.CharField(label="Wachtwoord")
    consent = forms.BooleanField(label="Ik geef toestemming dat " + "de Sociale Alliantie mijn gegevens gebruikt " * 3)

    def clean_password(self):
        raise forms.ValidationError(["Te kort.", "Te gewoon."])


def test_the_count_matches_the_listed_errors_and_a_long_label_is_said_once():
    html = str(TwoRulesForm(data={"password": "abc"}))
    assert "Er zijn 3 fouten" in html
    assert html.count('<li><a href="#id_') == 3
    assert html.count("Ik geef toestemming") == 1  # at the checkbox, not again in the summary


def test_valid_form_has_no_summary():
    assert "error-summary" not in str(ExampleForm(data={"name": "Anna", "email": "anna@example.org"}))


@pytest.mark.browser
def test_after_a_failed_submit_the_error_summary_has_the_focus(page_no_js):
    page_no_js.goto("/cooperaties/aanmelden/")
    page_no_js.locator("form[method=post] button[type=submit]").click()
    page_no_js.wait_for_load_state()
    assert page_no_js.evaluate("document.activeElement.id") == "foutmeldingen"


def test_our_faster_select_renders_exactly_as_djangos_own():
    from django import forms
    from django.forms.renderers import DjangoTemplates

    from portal.forms_renderer import PortalFormRenderer

    widget = forms.Select(choices=[("", "Alle"), ("utrecht", "Utrecht"), ("Noord", [("groningen", "Groningen")])])
    ours = widget.render("provincie", "utrecht", attrs={"id": "id_provincie"}, renderer=PortalFormRenderer())
    djangos = widget.render("provincie", "utrecht", attrs={"id": "id_provincie"}, renderer=DjangoTemplates())
    assert ours == djangos and 'value="utrecht" selected' in ours


def test_our_select_escapes_and_marks_several_choices_as_djangos_own_does():
    from django.forms.renderers import DjangoTemplates

    from portal.forms_renderer import PortalFormRenderer

    widget = forms.SelectMultiple(choices=[("a&b", 'Zeg "ja" <nu>'), (2, "Twee")], attrs={"disabled": False})
    arguments = ("keuze", ["a&b", 2], {"id": "id_keuze", "aria-describedby": "uitleg"})
    ours = widget.render(*arguments, renderer=PortalFormRenderer())
    assert ours == widget.render(*arguments, renderer=DjangoTemplates())
    assert "&lt;nu&gt;" in ours and " multiple" in ours
