"""``{% memo a b %}…{% endmemo %}``: a fragment rendered once per distinct value of its keys in one
page render, then repeated.

The review page renders a hundred rows with one partial; most of a row's buttons depend only on the
viewer's rights and the labels (fixed per page) and on a few facts of the row (boilerplate or not,
relink neighbours, can it be split or unlinked). Rendered once per combination, that part costs one
dictionary lookup on the other rows. The keys must name everything in the fragment that varies from
row to row; what is fixed for the page (rights, labels) need not be named. The memo lives in the
context variable ``memo`` (a dict the view gives each page render), so nothing is kept across
requests; without it the fragment is just rendered.
"""

from __future__ import annotations

from django import template
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.template.context import Context

register = template.Library()


class MemoNode(template.Node):
    def __init__(self, nodelist: NodeList, keys: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.keys = keys

    def render(self, context: Context) -> str:
        store = context.get("memo")
        if not isinstance(store, dict):
            return self.nodelist.render(context)
        key = (id(self), *(k.resolve(context) for k in self.keys))
        if key not in store:
            store[key] = self.nodelist.render(context)
        return store[key]


@register.tag
def memo(parser: Parser, token: Token) -> MemoNode:
    keys = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endmemo",))
    parser.delete_first_token()
    return MemoNode(nodelist, keys)
