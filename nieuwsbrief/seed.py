"""Seed content for the newsletter.

The source documents mention the digital newsletter (000) but give no edition numbers, dates or
contents, so nothing is loaded: editions are composed by the secretariat in the admin.
"""


def load(*, examples: bool, stdout) -> None:
    stdout.write("nieuwsbrief: geen inhoud in de brondocumenten; edities maakt het secretariaat zelf.")
