#!/usr/bin/env python3
"""Prints the statistics table of a Gatling report (its index.html; Gatling 3.15 writes no JSON of them)
as the table docs/BENCHMARKS.md shows."""
import html.parser
import pathlib
import sys


class Table(html.parser.HTMLParser):
    """Collects each row's request name and its value cells, by their column classes."""

    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell, self.name = [], None, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and (a.get("id") == "ROOT" or a.get("data-parent")):
            self.row = {}
        elif self.row is not None and tag == "span" and "ellipsed-name" in (a.get("class") or ""):
            self.name = True
        elif self.row is not None and tag == "td" and "value" in (a.get("class") or ""):
            self.cell = next(c for c in a["class"].split() if c.startswith("col-"))

    def handle_data(self, data):
        if self.name:
            self.row["name"] = data.strip()
            self.name = False
        elif self.cell:
            self.row[self.cell] = data.strip()
            self.cell = None

    def handle_endtag(self, tag):
        if tag == "tr" and self.row is not None:
            if "name" in self.row:
                self.rows.append(self.row)
            self.row = None


table = Table()
table.feed((pathlib.Path(sys.argv[1]) / "index.html").read_text(encoding="utf-8"))
print("| requests | count | errors | per second | p50 (ms) | p75 (ms) | p95 (ms) | p99 (ms) | max (ms) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in table.rows:
    print("| " + " | ".join([r["name"]] + [r.get(f"col-{i}", "?") for i in (2, 4, 6, 8, 9, 10, 11, 12)]) + " |")
