"""``leetarxiv worker``: judge submissions from a RabbitMQ broker; ``--status``: how it goes."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import time
from typing import TYPE_CHECKING, Any

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.cli.errors import UsageError
from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.transport.broker_settings import broker_prefix, broker_url

if TYPE_CHECKING:
    from jupyter_leetarxiv.transport.rabbitmq import Topology
    from jupyter_leetarxiv.transport.rabbitmq.status import BrokerStatus

EXIT_NO_WORKERS = 1


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "worker",
        help="judge submissions from a RabbitMQ broker",
        description="Take submissions from the broker's queue, judge CONCURRENCY at a time in "
        "the sandbox, and publish each event to the submitter. Problems are looked up by id in "
        "this machine's problem bank ($LEETARXIV_PROBLEM_DIRS). SIGTERM or Ctrl-C: finish the "
        "submissions in hand, then exit. With --status: print the queue depths and the live "
        "workers instead (exit 1 if no worker answers).",
    )
    parser.add_argument(
        "--broker", help="amqp://user:password@host:port/vhost (default: $LEETARXIV_BROKER_URL)"
    )
    parser.add_argument(
        "--prefix",
        help="name prefix of the queues and exchanges "
        "(default: $LEETARXIV_BROKER_PREFIX, else leetarxiv)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=os.cpu_count() or 1,
        help="submissions judged at once (default: one per CPU)",
    )
    parser.add_argument("--heartbeat", type=float, default=5.0, help="seconds between heartbeats")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="compile every submission, even an unchanged source judged before (default: reuse "
        "the compile cache, $LEETARXIV_COMPILE_CACHE)",
    )
    parser.add_argument("--status", action="store_true", help="show queues and workers, then exit")
    parser.add_argument("--json", action="store_true", help="with --status: print JSON")
    parser.add_argument(
        "--allow-unisolated",
        action="store_true",
        help="judge even where this machine offers no namespaces (unsafe; see leetarxiv doctor)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # pika only for this command: `leetarxiv judge` does not pay for importing it (cli/main.py)
    from jupyter_leetarxiv.transport.rabbitmq import Topology, Worker
    from jupyter_leetarxiv.transport.rabbitmq.connection import redact

    url = broker_url(args.broker)
    if url is None:
        raise UsageError("no broker: pass --broker amqp://... or set LEETARXIV_BROKER_URL")
    topology = Topology(broker_prefix(args.prefix))
    if args.status:
        return show_status(url, topology, args.json)
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("pika").setLevel(logging.WARNING)  # it narrates every socket at INFO
    worker = Worker(
        url,
        Catalog(languages=context.languages()),
        context.sandbox(args.allow_unisolated),
        topology=topology,
        concurrency=args.concurrency,
        heartbeat=args.heartbeat,
        compile_cache=None if args.no_cache else CompileCache.default(),
    )
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: worker.stop())
    logging.info(
        "worker %s: %d at a time from %s, queue %s",
        worker.id,
        worker.concurrency,
        redact(url),
        topology.submissions,
    )
    worker.run()
    return 0


def show_status(url: str, topology: Topology, as_json: bool) -> int:
    import pika.exceptions

    from jupyter_leetarxiv.transport.rabbitmq.connection import redact
    from jupyter_leetarxiv.transport.rabbitmq.status import read_status

    try:
        status = read_status(url, topology)
    except pika.exceptions.AMQPError as exc:
        raise UsageError(f"broker {redact(url)}: {exc!r}") from exc
    if as_json:
        json.dump(status.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(_status_text(status))
    return 0 if status.workers else EXIT_NO_WORKERS


def _status_text(status: BrokerStatus) -> str:
    queues = [[q.queue, str(q.messages), str(q.consumers)] for q in status.queues]
    text = render.table(["queue", "waiting", "consumers"], queues) + "\n\n"
    if not status.workers:
        return text + "no worker answered"
    now = time.time()
    workers = [
        [
            w.worker,
            w.host,
            str(w.pid),
            str(w.concurrency),
            str(w.running),
            str(w.judged),
            render.seconds(now - w.started),
            f"{render.seconds(max(now - w.sent, 0.0))} ago",
        ]
        for w in status.workers
    ]
    headers = ["worker", "host", "pid", "concurrency", "running", "judged", "up", "last seen"]
    return text + render.table(headers, workers)
