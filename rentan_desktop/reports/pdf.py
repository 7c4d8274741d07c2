"""A Report as a PDF through the printing area's letterhead document, with its charts.

Charts are reportlab Drawings made from the same Chart specs the Qt widget paints. Very long
tables (a city-wide list of names) are cut at PDF_ROW_LIMIT rows with a note pointing to the
.xlsx export, which always holds every row.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from rentan_desktop.i18n import translate
from rentan_desktop.printing import base
from rentan_desktop.reports.model import Chart, Report, Table, display

PDF_ROW_LIMIT = 2000
PALETTE = ["#2E6DA4", "#E08E0B", "#3C9D5D", "#C0392B", "#8E44AD", "#16A085", "#7F8C8D", "#D35400"]


def chart_drawing(chart: Chart, width: float, height: float = 190) -> Drawing:
    """The chart spec drawn with reportlab graphics (fonts embedded: base.FONT)."""
    base.register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 12, chart.title, fontName=base.FONT_BOLD, fontSize=9.5))
    if chart.kind == "donut":
        _donut(d, chart, width, height - 18)
    else:
        _xy(d, chart, width, height - 18)
    return d


def _short(text: str, n: int = 14) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _xy(d: Drawing, chart: Chart, width: float, height: float) -> None:
    longest = max((len(_short(c)) for c in chart.categories), default=1)
    many = len(chart.categories) * longest * 3.6 > width - 55  # labels would overlap: slant them
    plot = VerticalBarChart() if chart.kind == "bar" else HorizontalLineChart()
    plot.x, plot.y = 45, 30 + (22 if many else 0) + (12 if len(chart.series) > 1 else 0)
    plot.width, plot.height = width - 55, height - plot.y - 6
    plot.data = [[float(v or 0) for v in s.values] or [0.0] for s in chart.series]
    plot.categoryAxis.categoryNames = [_short(c) for c in chart.categories] or [""]
    plot.categoryAxis.labels.fontName = base.FONT
    plot.categoryAxis.labels.fontSize = 6.5 if many else 7
    if many:
        plot.categoryAxis.labels.angle = 60
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.labels.fontName = base.FONT
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.valueMin = 0
    top = max([max(s.values, default=0) or 0 for s in chart.series] + [1])
    if chart.unit == "%":
        plot.valueAxis.valueMax = 100
    plot.valueAxis.labelTextFormat = _axis_format(chart.unit, top)
    for i, _s in enumerate(chart.series):
        colour = colors.HexColor(PALETTE[i % len(PALETTE)])
        if chart.kind == "bar":
            plot.bars[i].fillColor = colour
            plot.bars[i].strokeColor = None
        else:
            plot.lines[i].strokeColor = colour
            plot.lines[i].strokeWidth = 1.6
    d.add(plot)
    if len(chart.series) > 1:
        legend = Legend()
        legend.x, legend.y = 45, 6
        legend.fontName, legend.fontSize = base.FONT, 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), s.name)
                                 for i, s in enumerate(chart.series)]
        d.add(legend)


def _axis_format(unit: str, top: float):
    if unit == "Rp" and top >= 1_000_000:
        return lambda v: f"{v / 1_000_000:g} jt"
    if unit == "%":
        return lambda v: f"{v:g}%"
    return lambda v: f"{v:,.0f}".replace(",", ".")


def _donut(d: Drawing, chart: Chart, width: float, height: float) -> None:
    values = [float(v or 0) for v in chart.series[0].values] if chart.series else []
    size = min(height - 10, width / 2)
    pie = Doughnut()
    pie.x, pie.y = 10, 5
    pie.width = pie.height = size
    pie.data = values if sum(values) else [1.0]
    pie.labels = None
    pie.innerRadiusFraction = 0.55
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)]) if sum(values) else colors.lightgrey
        pie.slices[i].strokeColor = colors.white
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 30, size
    legend.fontName, legend.fontSize = base.FONT, 8
    legend.alignment = "right"
    total = sum(values) or 1
    legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]),
                              f"{name}: {display('int', v)} ({100 * v / total:.0f}%)")
                             for i, (name, v) in enumerate(zip(chart.categories, values, strict=True))]
    d.add(legend)


def _widths(table: Table, rows: list[list[str]], total: float) -> list[float]:
    weights = []
    for c, col in enumerate(table.columns):
        word = max((len(w) for w in col.title.split()), default=3) + 3.0
        longest = max([len(col.title) * 0.45, word] + [len(r[c]) for r in rows[1:300]])
        if not col.numeric and any(c.numeric for c in table.columns):
            longest = min(longest, 30.0)  # long names wrap; numbers and headers keep their width
        weights.append(min(max(longest, word if col.numeric else 4.0), 40.0 if not col.numeric else 16.0))
    scale = total / sum(weights)
    return [w * scale for w in weights]


def table_flowables(table: Table, width: float) -> list:
    st = base.styles()
    shown = table.rows[:PDF_ROW_LIMIT]
    header = [c.title for c in table.columns]
    body = [[display(c.kind, v) for c, v in zip(table.columns, row, strict=True)] for row in shown]
    if table.totals is not None:
        body.append([display(c.kind, v) for c, v in zip(table.columns, table.totals, strict=True)])
    out: list = [CondPageBreak(60), Paragraph(_esc(table.title), st["heading"])]
    if not table.rows:
        out.append(Paragraph(_esc(translate("reports", "Nothing to show.")), st["small"]))
        return out
    rows = [header, *body]
    right = [i for i, c in enumerate(table.columns) if c.numeric]
    totals = [len(rows) - 1] if table.totals is not None else []
    out.append(base.data_table(rows, _widths(table, rows, width), right_columns=right, total_rows=totals))
    notes = [table.note] if table.note else []
    if len(table.rows) > PDF_ROW_LIMIT:
        notes.append(translate("reports", "The first {shown} of {total} rows are printed; the .xlsx export "
                                          "holds them all.").format(shown=PDF_ROW_LIMIT, total=len(table.rows)))
    out += [Paragraph(_esc(n), st["small"]) for n in notes]
    out.append(Spacer(1, 6))
    return out


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(report: Report, out: Path | str, db: sqlite_utils.Database) -> Path:
    landscape = any(len(t.columns) > 7 for t in report.tables)
    width = base.content_width(landscape)
    st = base.styles()
    story: list = [Paragraph(_esc(report.title), st["title"]),
                   Paragraph(_esc(" · ".join(x for x in (report.scope, report.period) if x)), st["subtitle"])]
    height = 90 if report.key == "summary" else 170  # the mayor's summary fits one page
    charts = [chart_drawing(c, width / 2 - 6 if len(report.charts) > 1 else width, height) for c in report.charts]
    if len(charts) > 1:
        from reportlab.platypus import Table as Grid

        pairs = [charts[i:i + 2] + [""] * (2 - len(charts[i:i + 2])) for i in range(0, len(charts), 2)]
        story.append(KeepTogether(Grid(pairs, colWidths=[width / 2] * 2)))
    elif charts:
        story.append(charts[0])
    story.append(Spacer(1, 6))
    for table in report.tables:
        story += table_flowables(table, width)
    if story and isinstance(story[-1], Spacer):
        story.pop()  # a spacer that does not fit would open an empty last page
    footer = f"{report.title} · {report.pemda}" if report.pemda else report.title
    return base.build_story_pdf(out, story, db=db, title=report.title, landscape=landscape, footer=footer)
