"""Accuracy benchmark of the text rules: a generated, labelled corpus of invented agency
websites, crawled and linted end to end (see run.py)."""
