"""exportwatch watcher: how the world gets in."""
