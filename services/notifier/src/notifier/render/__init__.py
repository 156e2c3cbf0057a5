"""Turning a classified event into what a person reads (one module per output format)."""
