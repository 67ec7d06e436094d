"""The HTML report: a ranked, explained, self-contained page of what to delete.

The pipeline hands the report a ``ReportData``: the same dictionaries the results JSON holds
(``../shared/CONTRACT.md`` shapes), only the posts worth showing, and totals computed over all.
"""

from reports.data import ReportData

__all__ = ["ReportData"]
