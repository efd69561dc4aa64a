"""One edition as a file for the mailing service: HTML with inlined CSS, and plain text.

The export refuses (ExportError) rather than produce a mail that may not be sent: without the
service's unsubscribe merge tag or the postal address a newsletter breaks the law (Telecommunicatiewet)
and the service's terms.
"""

import re
from dataclasses import dataclass

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.links import absolute_url

from .models import Edition, section_label

MAX_BYTES = 100 * 1024  # Gmail cuts off longer messages (102 KB) and hides the unsubscribe link.
FORBIDDEN = re.compile(r"<\s*(script|style|link|iframe|object|embed)\b", re.IGNORECASE)


class ExportError(Exception):
    pass


@dataclass
class ExportedEdition:
    html: str
    text: str
    basename: str

    @property
    def html_bytes(self):
        return len(self.html.encode("utf-8"))


TEST_BANNER = _("TESTEXPORT – niet versturen: de links werken alleen op deze computer.")


# An edited text version is stored with this in place of the service's unsubscribe tag, so that it
# works for every service.
UNSUBSCRIBE_PLACEHOLDER = "[AFMELDLINK]"


def editable_text(exported_text, service=None):
    """The text version for editing: without the test line, with the placeholder for the tag."""
    tag = newsletter_services()[service or default_service()]
    return exported_text.replace(str(TEST_BANNER), "").strip().replace(tag, UNSUBSCRIBE_PLACEHOLDER)


def newsletter_services():
    return settings.NEWSLETTER_SERVICES


def default_service():
    return settings.NEWSLETTER_DEFAULT_SERVICE


def _checked_settings(service):
    tag = (newsletter_services().get(service) or "").strip()
    if not tag:
        raise ExportError(
            _("Geen afmeldcode (merge tag) ingesteld voor dienst ‘%(service)s’. Stel NEWSLETTER_SERVICES in.")
            % {"service": service}
        )
    organisation = settings.ORGANISATION
    address = [organisation.get(key, "").strip() for key in ("name", "postbus", "postcode_city")]
    if not all(address):
        raise ExportError(
            _("Het postadres ontbreekt. Vul ORGANISATION in de instellingen aan (naam, postbus, postcode en plaats).")
        )
    site_url = absolute_url()
    # In development the links are http://127.0.0.1: a test export, marked as such on every copy.
    if not site_url.startswith("https://") and not settings.DEBUG:
        raise ExportError(
            _("SITE_URL moet met https:// beginnen, want de links in de nieuwsbrief moeten werken. Nu: %(url)s")
            % {"url": site_url}
        )
    return tag, address, site_url


def export_edition(edition: Edition, *, service=None) -> ExportedEdition:
    service = service or default_service()
    tag, address, site_url = _checked_settings(service)
    items = [
        {
            "title": item.title,
            "text": item.text,
            "url": item.absolute_url(site_url),
            "label": section_label(item),
        }
        for item in edition.items.order_by("position", "pk")
    ]
    context = {
        "edition": edition,
        "items": items,
        "unsubscribe_tag": tag,
        "address": address,
        "site_url": site_url,
        "web_url": site_url + edition.get_absolute_url() if edition.published else "",
        "subscribe_url": site_url + reverse("nieuwsbrief:subscribe"),
        "test_export": not site_url.startswith("https://"),
    }
    html = css_inline.inline(
        render_to_string("nieuwsbrief/export/edition.html", context),
        keep_style_tags=False,
        keep_link_tags=False,
        load_remote_stylesheets=False,
    )
    text = edition.plain_text.strip().replace(UNSUBSCRIBE_PLACEHOLDER, tag)
    if not text:
        text = render_to_string("nieuwsbrief/export/edition.txt", context)
    elif tag not in text:
        text += f"\n\n{_('Afmelden')}: {tag}\n"
    if context["test_export"]:
        text = f"{TEST_BANNER}\n\n{text}"
    exported = ExportedEdition(html=html, text=text, basename=f"nieuwsbrief-{edition.number}-{service}")
    _check_result(exported, tag)
    return exported


def _check_result(exported, tag):
    """Last line of defence: what the service would reject or a mail client would break on."""
    if FORBIDDEN.search(exported.html):
        raise ExportError(_("De HTML bevat nog een script, stijlblok of externe link. Dat mag niet in een e-mail."))
    if tag not in exported.html or tag not in exported.text:
        raise ExportError(_("De afmeldcode staat niet in de nieuwsbrief."))
    if exported.html_bytes >= MAX_BYTES:
        raise ExportError(
            _("De nieuwsbrief is %(kb)d KB; dat is te groot (maximaal 100 KB). Maak de teksten korter.")
            % {"kb": exported.html_bytes // 1024}
        )
