"""The second step at login for staff: a code from an authenticator app (allauth.mfa), and its reset.

Every staff account needs it before the admin opens (portal/admin_site.py): whoever has the secretariat's
password alone must not see the member list, health data included. A lost phone is reset by a superuser,
and that reset is written to the audit trail.
"""

import segno
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.views import ViewRecoveryCodesView
from allauth.mfa.totp.forms import ActivateTOTPForm
from allauth.mfa.totp.views import ActivateTOTPView
from auditlog.models import LogEntry
from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from portal.admin_tools import report


def has_second_factor(user):
    """Whether ``user`` logs in with a code from an app (recovery codes alone are no second step)."""
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def needs_set_up(user):
    """Whether ``user`` may work in the admin but has no second step yet."""
    return user.is_active and (user.is_staff or user.is_superuser) and not has_second_factor(user)


def set_up_url(next_url):
    """The set-up page, leading back to ``next_url`` once the codes are saved."""
    return f"{reverse('admin:second_factor_set_up')}?{urlencode({'next': next_url})}"


class MFAAdapter(DefaultMFAAdapter):
    """allauth's MFA with our Dutch error messages and a QR code drawn by segno on our own server."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": _("Deze code klopt niet. Typ de code die nu in de app staat, of een herstelcode."),
        "cannot_generate_recovery_codes": _("Stel eerst een app in. Daarna kunt u herstelcodes maken."),
        "unverified_email": _("Bevestig eerst uw e-mailadres. Daarna kunt u de tweede stap instellen."),
        # allauth's guard: whoever is in the account for a moment cannot add an address to take it over.
        "add_email_blocked": _(
            "Uw account heeft een tweede stap. Daarom kunt u hier geen e-mailadres toevoegen. Vraag een "
            "hoofdbeheerder om uw adres te veranderen."
        ),
    }

    def build_totp_svg(self, url):
        # segno is already ours (the vote's QR codes); allauth's default would need the qrcode package too.
        label = _("QR-code om de Sociale Alliantie aan uw app toe te voegen")
        svg = segno.make(url, error="m").svg_inline(scale=5, title=str(label))
        return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))  # noqa: S308 - segno's own markup, label escaped


def code_widget():
    # inputmode: phones show the number pad; one-time-code: the phone may offer the code itself.
    return forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "size": 10})


class SetUpForm(ActivateTOTPForm):
    code = forms.CharField(
        label=_("Code uit de app"),
        help_text=_("Zes cijfers. De code verandert elke 30 seconden."),
        widget=code_widget(),
    )

    def clean_code(self):
        try:
            return super().clean_code()
        except forms.ValidationError as error:
            # allauth's message also offers a recovery code, which there is none of yet while setting up.
            if error.code == "incorrect_code":
                raise forms.ValidationError(
                    _("Deze code klopt niet. Typ de zes cijfers die nu in de app staan."), code="incorrect_code"
                ) from error
            raise

    @property
    def secret_in_groups(self):
        """The secret in groups of four, easier to read and type over (apps ignore the spaces)."""
        return " ".join(self.secret[i : i + 4] for i in range(0, len(self.secret), 4))


class CodeForm(AuthenticateForm):
    code = forms.CharField(
        label=_("Code"),
        help_text=_("De zes cijfers die nu in uw app staan. Telefoon kwijt? Typ dan een van uw herstelcodes."),
        widget=code_widget(),
    )


class ReauthenticateCodeForm(ReauthenticateForm):
    code = CodeForm.base_fields["code"]


def safe_next(request):
    """The ``next`` address of this request, if it leads to a page of this site."""
    url = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return url if url and safe else ""


@method_decorator(login_required, name="dispatch")
class SetUpView(ActivateTOTPView):
    """allauth's set-up page, leading on to the recovery codes and then back to where the person was going."""

    def dispatch(self, request, *args, **kwargs):
        # allauth would offer to switch the app off: here, where the admin sent the person, go on instead.
        if request.user.is_authenticated and has_second_factor(request.user):
            return redirect(safe_next(request) or "admin:index")
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        url = super().get_success_url()
        if url == reverse("mfa_view_recovery_codes"):
            url = reverse("admin:second_factor_recovery_codes")
        next_url = safe_next(self.request)
        return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class RecoveryCodesView(ViewRecoveryCodesView):
    """allauth's list of recovery codes, with a button on to where the person was going."""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next_url": safe_next(self.request)}


@transaction.atomic
def reset_second_factor(*, user, actor):
    """Remove ``user``'s second step (app and recovery codes), noted in the audit trail as done by ``actor``.

    At the next login ``user`` logs in with the password alone and, as staff, sets up a new app at once.
    Returns the number of removed authenticators."""
    removed, _per_model = Authenticator.objects.filter(user_id=user.pk).delete()
    description = f"Tweede stap gewist voor {user.email} door {actor.email}"
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        object_pk=str(user.pk),
        object_id=user.pk,
        object_repr=str(user),
        action=LogEntry.Action.UPDATE,
        actor=actor,
        changes_text=description,
        # Numbers, not addresses: forget_person (portal/audit.py) empties the text when an account goes.
        additional_data={"second_factor_reset": {"for": user.pk, "by": actor.pk, "removed": removed}},
    )
    return removed


RESET_DONE = ngettext_lazy(
    "De tweede stap van %(count)d persoon is gewist. Bij het inloggen stelt die meteen een nieuwe app in.",
    "De tweede stap van %(count)d personen is gewist. Bij het inloggen stellen zij meteen een nieuwe app in.",
    "count",
)


# permissions=["superuser"]: UserAdmin.has_superuser_permission hides the action from everyone else.
@admin.action(description=_("Tweede stap wissen (telefoon kwijt)"), permissions=["superuser"])
def reset_second_factor_action(modeladmin, request, queryset):
    # A reset lets someone log in with the password alone: only superusers, who can change any account anyway.
    if not request.user.is_superuser:
        modeladmin.message_user(
            request, _("Alleen een hoofdbeheerder kan de tweede stap wissen. Er is niets veranderd."), messages.ERROR
        )
        return
    with_a_factor = queryset.filter(pk__in=Authenticator.objects.values("user_id"))
    for user in with_a_factor:
        reset_second_factor(user=user, actor=request.user)
    report(modeladmin, request, RESET_DONE, len(with_a_factor))
