"""Problem statements and paper excerpts: Markdown with LaTeX math, rendered to safe HTML.

Math is passed through as ``$...$`` text for the frontend's MathJax (ipywidgets' HTMLMath),
so Markdown never mangles a formula. The HTML is sanitized: problem packages are data, and a
notebook must never run a script that a package author slipped into a statement.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

_ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "li", "ol", "p", "pre", "span", "strong", "sub", "sup", "table", "tbody", "td",
    "th", "thead", "tr", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}, "div": {"class"}}


def _math(content: str, options: dict[str, Any]) -> str:
    delimiter = "$$" if options.get("display_mode") else "$"
    return html.escape(f"{delimiter}{content}{delimiter}")


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    dollarmath_plugin(parser, renderer=_math, double_inline=True)
    return parser


def render_markdown(text: str) -> str:
    """Markdown (with $math$) to sanitized HTML."""
    return sanitize(_parser().render(text))


def sanitize(markup: str) -> str:
    return nh3.clean(
        markup,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
    )
