"""``leetarxiv judge PROBLEM SOURCE``: judge one file, showing each test as it finishes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.cli.errors import UsageError
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.summary import Summary
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import (
    Compiled,
    Compiling,
    Error,
    Event,
    Mode,
    Result,
    SubmissionRequest,
    TestResult,
)
from jupyter_leetarxiv.transport.broker_settings import broker_prefix, broker_url

EXIT_ACCEPTED = 0
EXIT_REJECTED = 1


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "judge",
        help="judge a source file against a problem",
        description="Compile SOURCE once, run it on every test of PROBLEM and print the "
        "verdicts. Exit code: 0 accepted, 1 any other verdict, 2 bad input.",
    )
    parser.add_argument("problem", help="a problem package directory, or a problem id")
    parser.add_argument("source", type=Path, help="the source file to judge")
    parser.add_argument("--lang", help="language id or alias (default: from the extension)")
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument("--all", action="store_true", help="run every test, even after a failure")
    parser.add_argument(
        "--samples", action="store_true", help="run the sample tests only (a quick check)"
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="compile even if this source was compiled before (see $LEETARXIV_COMPILE_CACHE)",
    )
    parser.add_argument(
        "--allow-unisolated",
        action="store_true",
        help="judge even where this machine offers no namespaces (unsafe; see leetarxiv doctor)",
    )
    parser.add_argument(
        "--sandbox",
        choices=context.SANDBOXES,
        help="where to run: local (namespaces on this machine) or docker (a container of the "
        "compiler image per submission; $DOCKER_HOST, $LEETARXIV_DOCKER_IMAGE); default: "
        "$LEETARXIV_SANDBOX, else local",
    )
    parser.add_argument(
        "--broker",
        help="judge on the workers behind this RabbitMQ broker, amqp://... (default: "
        "$LEETARXIV_BROKER_URL); PROBLEM is then an id in the workers' problem bank",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    summary = Summary()
    progress = None if args.json else Progress(sys.stdout)

    def show(event: Event) -> None:
        summary.apply(event)
        if progress is not None:
            progress.show(event)

    url = broker_url(args.broker)
    if url is None:
        judge_here(args, show)
    else:
        judge_through_broker(url, args, show)
    if args.json:
        json.dump(summary.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    accepted = summary.result is not None and summary.result.verdict is Verdict.AC
    return EXIT_ACCEPTED if accepted else EXIT_REJECTED


def judge_here(args: argparse.Namespace, show: Callable[[Event], None]) -> None:
    registry = context.languages()
    problem = context.problem(args.problem)
    language = context.language(registry, args.lang, args.source)
    source = context.read_source(args.source)
    sandbox = context.sandbox(args.allow_unisolated, args.sandbox)
    options = JudgeOptions(
        mode=Mode.RUN if args.samples else Mode.SUBMIT,
        run_all=args.all,
        filename=args.source.name,
        compile_cache=None if args.no_cache else CompileCache.default(),
    )
    for event in judge(problem, language, source, sandbox, registry, options):
        show(event)


def judge_through_broker(url: str, args: argparse.Namespace, show: Callable[[Event], None]) -> None:
    """The same events, from a worker: it resolves PROBLEM in its own bank, so it is an id."""
    if "/" in args.problem or Path(args.problem).is_dir():
        raise UsageError(
            f"{args.problem!r} is a path; with a broker, PROBLEM is a problem id that the workers "
            "look up in their own bank (LEETARXIV_PROBLEM_DIRS on the workers)"
        )
    if args.all:
        raise UsageError("--all is not available through a broker")
    language = context.language(context.languages(), args.lang, args.source)
    try:
        source = context.read_source(args.source).decode()
    except UnicodeDecodeError as exc:
        raise UsageError(f"{args.source} is not UTF-8 text") from exc
    request = SubmissionRequest(
        problem=args.problem,
        language=language.id,
        source=source,
        mode=Mode.RUN if args.samples else Mode.SUBMIT,
        filename=args.source.name,
    )
    import asyncio  # only on this path, as pika (cli/main.py)

    asyncio.run(_relay(url, request, show))


async def _relay(url: str, request: SubmissionRequest, show: Callable[[Event], None]) -> None:
    # pika only on this path: judging here does not pay for importing it (cli/main.py)
    from jupyter_leetarxiv.transport.rabbitmq import (
        BrokerUnavailableError,
        RabbitDispatcher,
        Topology,
    )

    try:
        async with RabbitDispatcher(url, Topology(broker_prefix())) as dispatcher:
            async for event in dispatcher.submit(request):
                if isinstance(event, Error):
                    raise UsageError(event.message)
                show(event)
    except BrokerUnavailableError as exc:
        raise UsageError(str(exc)) from exc


class Progress:
    """Prints each event as a line as soon as it arrives, so a slow judge shows it is alive."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.colour = out.isatty()

    def show(self, event: Event) -> None:
        if isinstance(event, Compiling):
            self._line("compiling…")
        elif isinstance(event, Compiled):
            self._compiled(event)
        elif isinstance(event, TestResult):
            self._test(event)
        elif isinstance(event, Result):
            self._result(event)

    def _compiled(self, event: Compiled) -> None:
        if event.ok:
            self._line(f"compiled in {render.seconds(event.time)}")
            return
        self._line("compile error:")
        self._line(event.output.rstrip())

    def _test(self, event: TestResult) -> None:
        verdict = render.verdict(event.verdict, self.colour)
        line = f"test {event.index:>3}/{event.total}  {verdict:<7}"
        if event.verdict is not Verdict.SKIPPED:
            line += f"  {render.seconds(event.time):>8}  {render.mebibytes(event.memory):>10}"
        line += f"  {event.name}"
        if event.feedback and event.verdict is not Verdict.AC:
            line += f"  ({event.feedback.splitlines()[0][:120]})"
        self._line(line)

    def _result(self, event: Result) -> None:
        verdict = render.verdict(event.verdict, self.colour)
        line = f"{verdict} ({event.verdict.description}): {event.passed}/{event.total} tests passed"
        if event.score is not None:
            line += f", score {event.score:g}/{event.max_score:g}"
        line += f", max time {render.seconds(event.max_time)}"
        line += f", max memory {render.mebibytes(event.max_memory)}"
        self._line(line)

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()
