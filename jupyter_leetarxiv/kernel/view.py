"""The widget beside a ``%%judge`` cell: the paper excerpt, the problem, and live verdicts."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from jupyter_leetarxiv.core.wire import Event
from jupyter_leetarxiv.kernel import html
from jupyter_leetarxiv.kernel.problem_info import ProblemInfo
from jupyter_leetarxiv.kernel.state import ViewState, reduce
from jupyter_leetarxiv.kernel.text import summary_line


class JudgeView(widgets.VBox):  # type: ignore[misc]
    """Results first (that is what the user waits for), the paper and the problem a tab away.

    Besides the widget, its display bundle carries a static HTML report and a one-line text
    summary, so an exported notebook or a frontend without widgets still shows the verdict.
    """

    def __init__(self, info: ProblemInfo | None, **kwargs: Any) -> None:
        self.state = ViewState()
        self.info = info
        self._results = widgets.HTML(html.results(self.state))
        children: list[widgets.Widget] = []
        if info is not None:
            children.append(widgets.HTML(html.paper_header(info)))
        tabs = widgets.Tab(
            children=[
                self._results,
                widgets.HTMLMath(html.excerpt(info) if info else ""),
                widgets.HTMLMath(html.statement(info) if info else ""),
            ]
        )
        for index, title in enumerate(("Results", "Paper excerpt", "Problem")):
            tabs.set_title(index, title)
        children.append(tabs)
        super().__init__(children=children, **kwargs)
        self.add_class("leetarxiv-view")

    def apply(self, event: Event) -> None:
        self.state = reduce(self.state, event)
        self._results.value = html.results(self.state)

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any]:
        bundle: dict[str, Any] = super()._repr_mimebundle_(**kwargs) or {}
        bundle["text/html"] = html.static_report(self.state, self.info)
        bundle["text/plain"] = summary_line(self.state)
        return bundle
