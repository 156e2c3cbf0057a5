"""Who gets an event: subscription filters, matching, the route index, suppressions and the route cache."""
