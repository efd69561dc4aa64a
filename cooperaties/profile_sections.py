"""Parts that other apps add to a coöperatie's public profile (its answers in the exchange, its questions and
offers), so this app never imports them: each registers, in its AppConfig.ready(), a template and a function
that reads what the part shows for one coöperatie (through that app's own QuerySets).

The template gets ``cooperatie`` and ``items``, the function's answer. The function is called when the part is
included, so it returns a QuerySet (lazy): a part kept by ``{% cache %}`` then costs no query.
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
