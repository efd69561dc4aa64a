"""What an admin change page's form sends back when nothing is touched, read from the page as a browser would.

Tests of concurrent edits need exactly that: two people load the same page, each posts what they saw. Reading
the HTML (not the form objects) includes the hidden fields, the Dutch-formatted numbers and the inlines.
"""

from html.parser import HTMLParser

SKIPPED_INPUTS = {"submit", "button", "reset", "file", "image"}


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self._select = None
        self._first_option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type", "text") not in SKIPPED_INPUTS:
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value") or "on"))
            else:
                self.fields.append((name, attrs.get("value") or ""))
        elif tag == "select":
            self._select, self._first_option = (name, "multiple" in attrs), None
            self._chosen = []
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            self._first_option = value if self._first_option is None else self._first_option
            if "selected" in attrs:
                self._chosen.append(value)
        elif tag == "textarea":
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            name, multiple = self._select
            # A single choice with nothing marked sends its first option, as a browser does.
            chosen = self._chosen or ([] if multiple else [self._first_option or ""])
            self.fields += [(name, value) for value in chosen]
            self._select = None
        elif tag == "textarea" and self._textarea:
            name, text = self._textarea
            # The template puts a newline after the opening tag, which the browser drops.
            self.fields.append((name, text.removeprefix("\n")))
            self._textarea = None


def form_as_sent(response, model):
    """The change form of ``model`` on this page as a dict for ``client.post`` (several values as a list)."""
    reader = _FormReader(f"{model._meta.model_name}_form")
    reader.feed(response.content.decode())
    data = {}
    for name, value in reader.fields:
        if "__prefix__" in name:
            continue
        data.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in data.items()}
