"""What every exportwatch service shares: probes, metrics, security headers, settings errors, dead letters."""
