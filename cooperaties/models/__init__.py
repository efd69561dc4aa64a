"""The directory of sociale coöperaties: the profiles, the lists they are described with, the municipalities
that place them, the requests and reports that keep them current, and the messages visitors send them."""

from .cooperaties import Cooperatie, CooperatieQuerySet
from .messages import Message, MessageQuerySet
from .places import ALIASES, Municipality, MunicipalityQuerySet
from .upkeep import ChangeRequest, CorrectionReport
from .vocabularies import Domain, LegalForm, Province, Theme, Vocabulary

__all__ = [
    "ALIASES",
    "ChangeRequest",
    "Cooperatie",
    "CooperatieQuerySet",
    "CorrectionReport",
    "Domain",
    "LegalForm",
    "Message",
    "MessageQuerySet",
    "Municipality",
    "MunicipalityQuerySet",
    "Province",
    "Theme",
    "Vocabulary",
]
