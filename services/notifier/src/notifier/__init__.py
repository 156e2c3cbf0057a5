"""exportwatch notifier: subscriptions, the delivery ledger, and Slack/email delivery."""
