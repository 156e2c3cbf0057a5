"""exportwatch monitor: consumer-group lag, status and dashboard."""
