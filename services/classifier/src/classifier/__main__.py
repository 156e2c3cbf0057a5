"""exportwatch-classifier: the faust worker (`exportwatch-classifier worker -l info`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from classifier.agents import register
from classifier.app import create_app
from classifier.settings import ClassifierSettings
from servicekit.startup import settings_or_exit


def worker_argv(argv: Sequence[str]) -> list[str]:
    """The command line for faust, its own web server off for the `worker` command.

    faust's `worker` turns its aiohttp server back on (default port 6066) whatever the app's web_enabled
    says; the shared probe app already serves CLASSIFIER_WEB_PORT, and two workers on one host would both
    try to take faust's port."""
    args = list(argv)
    if args[1:2] == ["worker"] and "--without-web" not in args and "--with-web" not in args:
        args.insert(2, "--without-web")
    return args


def main() -> None:
    """Console-script entry point: build the app from settings and hand over to faust's CLI."""
    settings = settings_or_exit(ClassifierSettings)
    app, topics = create_app(settings)
    register(app, topics, settings)
    sys.argv = worker_argv(sys.argv)
    app.main()


if __name__ == "__main__":
    main()
