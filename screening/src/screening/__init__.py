"""The Consolidated Screening List as ScreeningEntry events: one reader for the watcher and classifier."""
