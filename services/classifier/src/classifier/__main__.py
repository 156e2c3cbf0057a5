"""exportwatch-classifier: the faust worker (`exportwatch-classifier worker -l info`)."""

from __future__ import annotations

from classifier.agents import register
from classifier.app import create_app
from classifier.settings import ClassifierSettings
from servicekit.startup import settings_or_exit


def main() -> None:
    """Console-script entry point: build the app from settings and hand over to faust's CLI."""
    settings = settings_or_exit(ClassifierSettings)
    app, topics = create_app(settings)
    register(app, topics, settings)
    app.main()


if __name__ == "__main__":
    main()
