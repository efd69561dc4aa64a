"""Fragments rendered once and remembered by this worker (portal/fragments.py).

``{% pure name=value … %}…{% endpure %}``: a fragment rendered once per distinct set of values.

Inside the block only the named values exist (no request, no user, no context processor): what is not
passed renders empty, which a test sees at once. Use it for parts that are costly and shared by many
pages: a card in a list, the site's header and footer.

``{% remember key … %}…{% endremember %}``: for a part that reads the database itself (see below).
"""

import itertools

from django import template
from django.template.base import token_kwargs
from django.template.loader_tags import BlockNode

from portal import fragments

register = template.Library()
# Each tag gets its own number when its template is compiled (once per worker with the cached loader): two
# tags in one template are two fragments. Token positions cannot serve, they are only kept under debug.
_numbers = itertools.count()


class PureNode(template.Node):
    def __init__(self, nodelist, values):
        self.nodelist, self.values, self.number = nodelist, values, next(_numbers)

    def render(self, context):
        values = {name: value.resolve(context) for name, value in self.values.items()}
        return fragments.render(
            self.number, values, context.autoescape, lambda: self.nodelist.render(context.new(values))
        )


@register.tag
def pure(parser, token):
    bits = token.split_contents()
    values = token_kwargs(bits[1:], parser, support_legacy=False)
    if len(values) != len(bits) - 1:
        raise template.TemplateSyntaxError("{% pure %} takes name=value pairs only")
    nodelist = parser.parse(("endpure",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):  # a child template's block would be remembered for all children
        raise template.TemplateSyntaxError("{% pure %} cannot hold a {% block %}")
    return PureNode(nodelist, values)


class RememberNode(template.Node):
    def __init__(self, nodelist, keys):
        self.nodelist, self.keys, self.number = nodelist, keys, next(_numbers)

    def render(self, context):
        values = [value.resolve(context, ignore_failures=True) for value in self.keys]
        if None in values:
            # A key that is missing (a typo) or None on purpose (an address with unknown parameters): rendered
            # anew rather than one part shared by everything that lacks it.
            return self.nodelist.render(context)
        key = (self.number, context.autoescape, tuple(fragments.frozen(value) for value in values))
        return fragments.remember(key, lambda: self.nodelist.render(context), content=True)


@register.tag
def remember(parser, token):
    """``{% remember key … %}…{% endremember %}``: a fragment that reads content from the database (a chart
    of a kloof's figures, say), rendered once per key until any content changes. The keys must name all
    else it depends on (None: not remembered); it sees the whole context, so keep it to parts that show no
    one's own data."""
    keys = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endremember",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError("{% remember %} cannot hold a {% block %}")
    return RememberNode(nodelist, keys)
