from django import template

from publicaties.markup import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """``{{ publication.body|markdown }}``: the stored Markdown as sanitised HTML."""
    return render_markdown(text)
