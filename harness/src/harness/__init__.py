"""Drives the real services end to end: the chaos run and the database seeds benchmarks and tests share."""
