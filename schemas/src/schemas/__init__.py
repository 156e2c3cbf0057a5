"""exportwatch event contract: the only thing services share."""
