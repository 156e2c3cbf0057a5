"""Command line of the lag monitor (filled in by the operations issue)."""

import sys


def main() -> None:
    """Entry point of exportwatch-monitor."""
    sys.exit("exportwatch-monitor is not built yet (issue 6)")
