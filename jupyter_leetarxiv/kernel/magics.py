"""``%%judge``, ``%judge_problem`` and ``%judge_languages``.

Loaded with ``%load_ext jupyter_leetarxiv``; the names collide with no IPython built-in, and
every setting is a trait (``%config JudgeMagics.mode = 'run'``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.display import display
from traitlets import Bool, Enum, List, Unicode
from traitlets.config import Configurable

from jupyter_leetarxiv.core.wire import Mode, SubmissionRequest
from jupyter_leetarxiv.kernel import html
from jupyter_leetarxiv.kernel.cells import JudgeLineError, parse_line
from jupyter_leetarxiv.kernel.judges import InProcessJudge, Judge, server_settings
from jupyter_leetarxiv.kernel.state import ViewState, reduce
from jupyter_leetarxiv.kernel.text import summary_line

NOTEBOOK_ENV = "JPY_SESSION_NAME"  # the notebook's path, set by jupyter_server for its kernels


@magics_class
class JudgeMagics(Magics, Configurable):
    problem = Unicode("", help="The problem judged when a %%judge line names none.").tag(
        config=True
    )
    mode = Enum(
        ["submit", "run"],
        default_value="submit",
        help="'submit' judges every test; 'run' only the samples, with their feedback.",
    ).tag(config=True)
    widgets = Bool(True, help="Show the live ipywidgets view (else a static report).").tag(
        config=True
    )
    use_server = Bool(
        True, help="Submit through the Jupyter server's judge when this kernel has its token."
    ).tag(config=True)
    problem_dirs = List(Unicode(), help="Extra problem bank directories (in-process).").tag(
        config=True
    )
    language_dirs = List(Unicode(), help="Extra language file directories (in-process).").tag(
        config=True
    )

    def __init__(self, shell: Any = None, **kwargs: Any) -> None:
        super().__init__(shell=shell, **kwargs)
        self._judge: Judge | None = None
        self.last: ViewState | None = None

    @property
    def judge_backend(self) -> Judge:
        if self._judge is None:
            settings = server_settings() if self.use_server else None
            if settings is not None:
                from jupyter_leetarxiv.kernel.server_judge import ServerJudge

                self._judge = ServerJudge(*settings)
            else:
                self._judge = InProcessJudge(
                    [Path(p) for p in self.problem_dirs], [Path(p) for p in self.language_dirs]
                )
        return self._judge

    @cell_magic
    def judge(self, line: str, cell: str) -> None:
        """Judge this cell's source: %%judge LANGUAGE [PROBLEM] [--run|--submit] [--stdin TEXT]."""
        try:
            args = parse_line(line)
        except JudgeLineError as exc:
            raise UsageError(str(exc)) from exc
        problem = args.problem or self.problem or notebook_problem()
        if not problem:
            raise UsageError(
                "no problem: name one (%%judge LANG PROBLEM) or set it with %judge_problem"
            )
        request = SubmissionRequest(
            problem=problem,
            language=args.language,
            source=cell,
            mode=args.mode or Mode(self.mode),
            stdin=args.stdin,
        )
        self.last = self._show(request)

    def _show(self, request: SubmissionRequest) -> ViewState:
        backend = self.judge_backend
        info = backend.problem_info(request.problem)
        if self.widgets:
            from jupyter_leetarxiv.kernel.view import JudgeView

            view = JudgeView(info)
            handle = display(view, display_id=True)
            for event in backend.events(request):
                view.apply(event)
            if handle is not None:
                handle.update(view)
            return view.state
        state = ViewState()
        for event in backend.events(request):
            state = reduce(state, event)
        display(
            {"text/html": html.static_report(state, info), "text/plain": summary_line(state)},
            raw=True,
        )
        return state

    @line_magic
    def judge_problem(self, line: str) -> str:
        """Set the problem for the %%judge cells that name none; without argument, show it."""
        if line.strip():
            self.problem = line.strip()
        return self.problem or notebook_problem() or "(none)"

    @line_magic
    def judge_languages(self, line: str) -> list[str]:
        """The languages the judge knows."""
        return self.judge_backend.language_ids()


def notebook_problem() -> str:
    """The problem in the notebook's metadata (``leetarxiv.problem``), if the kernel can see it."""
    path = os.environ.get(NOTEBOOK_ENV, "")
    if not path.endswith(".ipynb"):
        return ""
    try:
        metadata = json.loads(Path(path).read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return ""
    return str(metadata.get("leetarxiv", {}).get("problem", ""))
