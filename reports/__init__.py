"""The HTML report: a ranked, explained, self-contained page of what to delete.

The pipeline hands the report a ``ReportData``: the same dictionaries the results JSON holds
(``../shared/CONTRACT.md`` shapes), only the posts worth showing, and totals computed over all.

- ``render_report(data, path)``: one offline HTML file (inline CSS, JS, thumbnails; strict CSP).
- ``write_csv(data, path)``: the same ranked list for spreadsheets.
"""

from reports.csv_export import write_csv
from reports.data import ReportData
from reports.render import render_html, render_report

__all__ = ["ReportData", "render_html", "render_report", "write_csv"]
