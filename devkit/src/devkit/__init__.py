"""Developer kit: local Kafka control, a Slack-protocol sink, and a recorded-data replay server."""
