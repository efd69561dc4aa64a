"""What a mail is and why it failed, in words the secretariat uses instead of template paths and exceptions."""

import re

from django.utils.translation import gettext_lazy as _

# The template a mail was rendered from (OutgoingMail.template) → what the secretariat calls it.
KINDS = {
    "account/email/account_already_exists": _("Account bestaat al"),
    "account/email/email_changed": _("E-mailadres van account veranderd"),
    "account/email/email_confirm": _("E-mailadres bevestigd"),
    "account/email/email_confirmation": _("E-mailadres bevestigen"),
    "account/email/email_confirmation_signup": _("E-mailadres bevestigen (nieuw account)"),
    "account/email/email_deleted": _("E-mailadres van account gehaald"),
    "account/email/password_changed": _("Wachtwoord veranderd"),
    "account/email/password_reset": _("Wachtwoord opnieuw ingesteld"),
    "account/email/password_reset_key": _("Nieuw wachtwoord kiezen"),
    "account/email/password_set": _("Wachtwoord ingesteld"),
    "account/email/unknown_account": _("Geen account met dit adres"),
    "mfa/email/recovery_codes_generated": _("Nieuwe herstelcodes"),
    "mfa/email/totp_activated": _("Tweede stap aangezet"),
    "mfa/email/totp_deactivated": _("Tweede stap uitgezet"),
    "agenda/email/allocation_placed": _("Indeling werkgroep"),
    "agenda/email/allocation_waitlist": _("Wachtlijst werkgroep"),
    "agenda/email/cancellation": _("Bevestiging afmelding"),
    "agenda/email/confirmation": _("Bevestiging aanmelding"),
    "agenda/email/preferences": _("Keuzes werkgroepen ontvangen"),
    "agenda/email/promotion": _("Plaats vrij van de wachtlijst"),
    "agenda/email/waitlist": _("Op de wachtlijst"),
    "agenda/email/reminder": _("Herinnering activiteit"),
    "agenda/email/no_seat": _("Geen plaats van de wachtlijst"),
    "agenda/email/thanks": _("Bedankt voor uw komst"),
    "agenda/email/place_known": _("Plaats activiteit bekend"),
    "agenda/email/workshop_changed": _("Andere werkgroep"),
    "alliantie/email/email_changed": _("E-mailadres van account veranderd"),
    "alliantie/email/membership_approved": _("Koppeling met organisatie goedgekeurd"),
    "alliantie/email/membership_refused": _("Koppeling met organisatie afgewezen"),
    "alliantie/email/membership_requested": _("Nieuwe aanvraag koppeling"),
    "cooperaties/email/change_request": _("Wijziging coöperatie gevraagd"),
    "gemeenten/email/new_tip": _("Tip voor de pagina van een gemeente"),
    "cooperaties/email/correction_report": _("Melding over coöperatie"),
    "cooperaties/email/declined": _("Aanmelding coöperatie afgewezen"),
    "cooperaties/email/edit_link": _("Link om coöperatie aan te passen"),
    "cooperaties/email/freshness_check": _("Jaarlijkse controle coöperatie"),
    "cooperaties/email/proposal": _("Nieuwe aanmelding coöperatie"),
    "cooperaties/email/published": _("Coöperatie op de website"),
    "cooperaties/email/receipt": _("Ontvangst aanmelding coöperatie"),
    "nieuwsbrief/email/already_subscribed": _("Al aangemeld voor nieuwsbrief"),
    "nieuwsbrief/email/confirm": _("Aanmelding nieuwsbrief bevestigen"),
    "verhalen/email/new_story": _("Nieuw verhaal"),
    "verhalen/email/received": _("Ontvangst verhaal"),
    "verhalen/email/published": _("Verhaal op de website"),
    "verhalen/email/not_published": _("Verhaal niet op de website"),
}


def kind_label(template):
    """The kind of mail; a template not listed yet still reads as words, not as a path."""
    if template in KINDS:
        return KINDS[template]
    if not template:
        return _("Losse e-mail")
    return template.rsplit("/", 1)[-1].replace("_", " ").capitalize()


UNREACHABLE = ("ConnectionRefusedError", "ConnectionResetError", "gaierror", "OSError", "SMTPConnectError")
NO_ANSWER = ("TimeoutError", "timeout")
REFUSED = ("SMTPRecipientsRefused",)
ADDRESS = re.compile(r"'([^'\s]+@[^'\s]+)'")


def plain_error(technical, *, advice=True):
    """The technical error delivery.py recorded ('ConnectionRefusedError: [Errno 111] …') said plainly; with
    ``advice`` also what to do (the mail's own page), without it one short sentence (the list)."""
    if not technical:
        return ""
    name = technical.split(":", 1)[0].strip()
    if name in REFUSED:
        addresses = ", ".join(dict.fromkeys(ADDRESS.findall(technical)))
        said, todo = _("Het adres werd geweigerd: %s.") % addresses, _("Controleer het adres en verbeter het zo nodig.")
    elif name in NO_ANSWER:
        said, todo = _("De mailserver gaf geen antwoord binnen de tijd."), _("Probeer het later opnieuw.")
    elif name in UNREACHABLE:
        said, todo = _("De mailserver was niet bereikbaar."), _("Probeer het later opnieuw.")
    else:
        said = _("Het versturen lukte niet.")
        todo = _("De technische melding staat hieronder. Stuur die zo nodig naar de beheerder.")
    return f"{said} {todo}" if advice else str(said)
