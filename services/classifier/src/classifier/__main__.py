"""exportwatch-classifier: the faust worker (`exportwatch-classifier worker -l info`)."""

from __future__ import annotations

import sys

from pydantic import ValidationError

from classifier.agents import register
from classifier.app import create_app
from classifier.settings import ClassifierSettings


def main() -> None:
    """Console-script entry point: build the app from settings and hand over to faust's CLI."""
    try:
        settings = ClassifierSettings()
    except ValidationError as exc:
        err = exc.errors()[0]
        print(f"error: bad setting {'.'.join(map(str, err['loc'])).upper()}: {err['msg']}", file=sys.stderr)
        sys.exit(2)
    app, topics = create_app(settings)
    register(app, topics, settings)
    app.main()


if __name__ == "__main__":
    main()
