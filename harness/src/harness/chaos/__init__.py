"""`make chaos`: the whole pipeline as processes under SIGKILLs and a broker restart, checked end to end.

Unlike the rest of the devkit this package imports the services (classifier, notifier, watcher): it runs
in the workspace environment that `make sync` builds, where every member is installed.
"""
