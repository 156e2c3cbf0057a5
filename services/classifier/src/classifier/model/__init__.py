"""The learned half of the classifier: a multi-label text model for what the rules' wording misses."""
