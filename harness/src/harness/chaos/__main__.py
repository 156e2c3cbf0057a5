"""python -m harness.chaos: the chaos run's command line (make chaos CHAOS_ARGS="--seed 7")."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys

from harness.chaos.run import Options, run


def parse(argv: list[str] | None = None) -> Options:
    """Options from the command line."""
    parser = argparse.ArgumentParser(prog="python -m harness.chaos", description=__doc__)
    parser.add_argument("--seed", type=int, default=1, help="same seed, same documents, kills and faults")
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--duration", type=float, default=240.0, help="seconds of kills before the drain")
    parser.add_argument("--kills", type=int, default=3, help="SIGKILLs per service")
    parser.add_argument("--relevant-share", type=float, default=0.05, help="share of documents alerted on")
    parser.add_argument("--fault-rate", type=float, default=0.1, help="share of Slack requests failed")
    parser.add_argument("--pace", type=float, default=0.2, help="seconds between messages to a channel")
    parser.add_argument("--waves", type=int, default=12)
    parser.add_argument("--drain-timeout", type=float, default=240.0)
    parser.add_argument(
        "--classifier-session-timeout",
        type=float,
        default=None,
        help="classifier group session timeout, seconds (default: CLASSIFIER_SESSION_TIMEOUT_SECONDS, 15)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the run directory (logs) on success too")
    args = parser.parse_args(argv)
    return Options(
        seed=args.seed,
        documents=args.documents,
        duration=args.duration,
        kills=args.kills,
        relevant_share=args.relevant_share,
        fault_rate=args.fault_rate,
        pace=args.pace,
        waves=args.waves,
        drain_timeout=args.drain_timeout,
        database_url=os.environ.get("DATABASE_URL", ""),
        keep=args.keep,
        classifier_session_timeout=args.classifier_session_timeout,
    )


async def _main(opts: Options) -> int:
    # SIGTERM and SIGINT (even when inherited as ignored) end the run, whose clean-up stops what it started.
    task = asyncio.current_task()
    if task is not None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            asyncio.get_running_loop().add_signal_handler(signum, task.cancel)
    return await run(opts)


def main(argv: list[str] | None = None) -> int:
    """Run once; exit 1 when alerts were lost or repeated beyond the sends in flight at the kills."""
    opts = parse(argv)
    try:
        return asyncio.run(_main(opts))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted: everything the run started was stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
