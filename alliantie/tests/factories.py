"""Factories for accounts, organisations and memberships, shared by every app's tests."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model

from alliantie.models import ChairTerm, Document, Membership, Organisation

PASSWORD = "een-goed-wachtwoord-42"
# The authenticator app of every staff account the factories make: conftest.totp_code() computes its codes.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def give_second_factor(user):
    """An active authenticator app for ``user``, as every real staff account has (portal/admin_site.py)."""
    return TOTP.activate(user, TOTP_SECRET).instance


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"persoon{n}")
    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    first_name = factory.Sequence(lambda n: f"Voornaam{n}")
    last_name = "Achternaam"
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """allauth requires a verified address before login."""
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def second_factor(self, create, extracted, **kwargs):
        """Staff get an authenticator app, or the admin sends them to set one up first;
        ``UserFactory(is_staff=True, second_factor=False)`` for staff who have not done that yet."""
        if create and self.is_staff and extracted is not False:
            give_second_factor(self)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Testorganisatie {n}")
    level = Organisation.Level.LANDELIJK
    sector = Organisation.Sector.OVERIG


class MembershipFactory(factory.django.DjangoModelFactory):
    """An approved member by default: ``MembershipFactory(status=...)`` for others."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = Membership.Status.GOEDGEKEURD
    role = Membership.Role.LID


class DocumentFactory(factory.django.DjangoModelFactory):
    """A public document without a file; ``access=Document.Access.LEDEN`` for members only."""

    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Testdocument {n}")
    slug = factory.Sequence(lambda n: f"testdocument-{n}")
    kind = Document.Kind.OVERIG
    summary = "Een samenvatting."


class ChairTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChairTerm

    person_name = factory.Sequence(lambda n: f"Voorzitter {n}")
    organisation = factory.SubFactory(OrganisationFactory)
