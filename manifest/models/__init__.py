"""Manifests, their chapters, the kloven (gaps) with their figures, grondrechten and kantelpunten."""

from .cbs import CbsLink, CbsObservation, CbsObservationQuerySet
from .figures import CHANGE_HINT, COUNT_UNITS, NEGATIVE_COUNT, PERCENTAGE_OUT_OF_RANGE, Figure, FigureQuerySet
from .kloven import Kloof, KloofQuerySet, Series
from .manifests import Chapter, Grondrecht, Kantelpunt, Manifest, ManifestPoint, ManifestQuerySet

__all__ = [
    "CHANGE_HINT",
    "CbsLink",
    "CbsObservation",
    "CbsObservationQuerySet",
    "COUNT_UNITS",
    "NEGATIVE_COUNT",
    "PERCENTAGE_OUT_OF_RANGE",
    "Chapter",
    "Figure",
    "FigureQuerySet",
    "Grondrecht",
    "Kantelpunt",
    "Kloof",
    "KloofQuerySet",
    "Manifest",
    "ManifestPoint",
    "ManifestQuerySet",
    "Series",
]
