"""Parts that other apps add to a coöperatie's public profile (its answers in the exchange, its questions and
offers), so this app never imports them: each registers, in its AppConfig.ready(), a template and a function
that reads what the part shows for one coöperatie (through that app's own QuerySets).

The template gets ``cooperatie`` and ``section``; ``section.items`` is the function's answer, worked out where the
template first reads it. A part that reads it inside its ``{% cache %}`` then costs nothing while it is kept,
not even the building of a QuerySet (about a millisecond for the two parts of a profile).
"""

import dataclasses
import functools


@dataclasses.dataclass(frozen=True)
class Section:
    template: str
    items: object  # a function of the coöperatie


_sections = []


def register(*, template, items):
    if all(section.template != template for section in _sections):  # ready() may run twice in tests
        _sections.append(Section(template, items))


def for_profile(cooperatie):
    """The registered parts, in the order the apps are installed, each with its items bound to ``cooperatie``."""
    return [Section(section.template, functools.partial(section.items, cooperatie)) for section in _sections]
