"""View mixins the network offers other apps."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from alliantie.models import Membership


class ContactPersonMixin(LoginRequiredMixin):
    """Pages for the approved contact person of a member organisation, about that organisation only
    (``self.organisation``); anyone else gets a 403."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and self.organisation is None:
            raise PermissionDenied(_("Deze pagina is voor de contactpersoon van een organisatie."))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def organisation(self):
        return Membership.objects.contact_person_of(self.request.user)
