"""Getting alerts out: the ledger, the dispatcher, per-destination pacing and the retry rule."""
