"""Users, member organisations, memberships, chair terms and documents (app label ``alliantie``)."""

from alliantie.models.documents import ChairTerm, ChairTermQuerySet, Document, DocumentQuerySet, document_upload_to
from alliantie.models.people import Membership, MembershipQuerySet, Organisation, OrganisationQuerySet, User

__all__ = [
    "ChairTerm",
    "ChairTermQuerySet",
    "Document",
    "DocumentQuerySet",
    "Membership",
    "MembershipQuerySet",
    "Organisation",
    "OrganisationQuerySet",
    "User",
    "document_upload_to",
]
