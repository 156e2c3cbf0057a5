"""exportwatch classifier: explainable tags and listed-entity mentions."""
