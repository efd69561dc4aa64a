"""Parts that other apps add to a province's page of the exchange (their questions and offers, for example),
so this app never imports them: each registers, in its AppConfig.ready(), a template and a function that reads
what the part shows for one province (through that app's own QuerySets).

The template gets ``province`` (a cooperaties.Province) and ``items`` (the function's answer, read only when the
template asks for it, so a part kept by ``{% cache %}`` costs no query).
"""

import dataclasses
import functools


@dataclasses.dataclass(frozen=True)
class Section:
    template: str
    items: object  # a function of the province


_sections = []


def register(*, template, items):
    if all(section.template != template for section in _sections):  # ready() may run twice in tests
        _sections.append(Section(template, items))


def for_province(province):
    """The registered parts, in the order the apps are installed, each with its items bound to ``province``."""
    return [Section(section.template, functools.partial(section.items, province)) for section in _sections]
