"""The HTML report: a ranked, explained, self-contained page of what to delete."""
