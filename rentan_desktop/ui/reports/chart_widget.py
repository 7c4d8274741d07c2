"""Draws a report Chart spec (bar, line or donut) with QPainter: the same picture as the PDF."""

from __future__ import annotations

import math

from rentan_desktop.reports.model import Chart, display
from rentan_desktop.ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QWidget,
)

PALETTE = ["#2E6DA4", "#E08E0B", "#3C9D5D", "#C0392B", "#8E44AD", "#16A085", "#7F8C8D", "#D35400"]


def _tick_text(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:g}%"
    if unit == "Rp" and value >= 1_000_000:
        return f"{value / 1_000_000:g} jt"
    return display("int", int(round(value)))


def nice_ticks(value: float, unit: str = "") -> list[float]:
    """Axis ticks from 0: steps of 1, 2, 2.5 or 5 times a power of ten, about four of them."""
    if unit == "%":
        return [0.0, 25.0, 50.0, 75.0, 100.0]
    if value <= 0:
        return [0.0, 1.0]
    rough = value / 4
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    if unit != "Rp":
        step = max(step, 1.0)
        if step != int(step):
            step = math.ceil(step)
    count = math.ceil(value / step - 1e-9)
    return [step * i for i in range(count + 1)]


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setMinimumSize(260, 200)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 240)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setToolTip(chart.title if chart else "")
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.chart is None:
            painter.end()
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        title_h = QFontMetrics(font).height() + 4
        painter.drawText(QRectF(6, 2, self.width() - 12, title_h), Qt.AlignmentFlag.AlignLeft, self.chart.title)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 6.5))
        painter.setFont(small)
        area = QRectF(6, title_h + 4, self.width() - 12, self.height() - title_h - 10)
        if self.chart.kind == "donut":
            self._donut(painter, area)
        else:
            self._xy(painter, area)
        painter.end()

    # ---- bars and lines
    def _xy(self, p: QPainter, area: QRectF) -> None:
        chart = self.chart
        fm = p.fontMetrics()
        values = [v or 0 for s in chart.series for v in s.values]
        ticks = nice_ticks(max(values, default=0), chart.unit)
        top = ticks[-1]
        left = max(fm.horizontalAdvance(_tick_text(t, chart.unit)) for t in ticks) + 8
        legend_h = fm.height() + 4 if len(chart.series) > 1 else 0
        n = max(len(chart.categories), 1)
        slot_guess = (area.width() - left) / n
        longest = max((fm.horizontalAdvance(c) for c in chart.categories), default=0)
        slanted = longest > slot_guess - 4
        label_h = (min(longest, 90) * 0.75 + fm.height()) if slanted else fm.height() + 4
        plot = QRectF(area.left() + left, area.top() + 4, area.width() - left - 4,
                      area.height() - label_h - legend_h - 6)
        if plot.height() < 20 or plot.width() < 20:
            return
        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(40)
        for t in ticks:
            y = plot.bottom() - plot.height() * t / top
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(area.left(), y - fm.height() / 2, left - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _tick_text(t, chart.unit))
        slot = plot.width() / n
        series = chart.series
        if chart.kind == "bar":
            group = min(slot * 0.7, 90.0 * max(len(series), 1))
            bar = group / max(len(series), 1)
            for si, s in enumerate(series):
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(PALETTE[si % len(PALETTE)]))
                for i, v in enumerate(s.values):
                    h = plot.height() * min(float(v or 0), top) / top
                    x = plot.left() + i * slot + (slot - group) / 2 + si * bar
                    p.drawRect(QRectF(x, plot.bottom() - h, max(bar - 1, 1), h))
        else:
            for si, s in enumerate(series):
                path = QPainterPath()
                for i, v in enumerate(s.values):
                    pt = QPointF(plot.left() + (i + 0.5) * slot,
                                 plot.bottom() - plot.height() * min(float(v or 0), top) / top)
                    if i == 0:
                        path.moveTo(pt)
                    else:
                        path.lineTo(pt)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(PALETTE[si % len(PALETTE)]), 2))
                p.drawPath(path)
        p.setPen(text)
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for i, name in enumerate(chart.categories):
            cx = plot.left() + (i + 0.5) * slot
            if slanted:
                p.save()
                p.translate(cx, plot.bottom() + 4)
                p.rotate(-45)
                label = fm.elidedText(name, Qt.TextElideMode.ElideRight, 90)
                p.drawText(QRectF(-fm.horizontalAdvance(label) - 2, -fm.height() / 2, 100, fm.height()),
                           Qt.AlignmentFlag.AlignLeft, label)
                p.restore()
            else:
                p.drawText(QRectF(cx - slot / 2, plot.bottom() + 2, slot, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, name)
        if legend_h:
            self._legend_row(p, QRectF(plot.left(), area.bottom() - legend_h, plot.width(), legend_h),
                             [s.name for s in series])

    def _legend_row(self, p: QPainter, rect: QRectF, names: list[str]) -> None:
        fm = p.fontMetrics()
        x = rect.left()
        for i, name in enumerate(names):
            p.fillRect(QRectF(x, rect.top() + 3, 10, 10), QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 14, rect.top(), fm.horizontalAdvance(name) + 4, rect.height()),
                       Qt.AlignmentFlag.AlignLeft, name)
            x += fm.horizontalAdvance(name) + 30

    # ---- donut
    def _donut(self, p: QPainter, area: QRectF) -> None:
        chart = self.chart
        values = [float(v or 0) for v in chart.series[0].values] if chart.series else []
        total = sum(values)
        size = min(area.height(), area.width() * 0.45)
        ring = QRectF(area.left() + 4, area.top() + (area.height() - size) / 2, size, size)
        start = 90 * 16
        p.setPen(QPen(self.palette().base().color(), 1))
        if total <= 0:
            p.setBrush(QColor("#cccccc"))
            p.drawEllipse(ring)
        else:
            for i, v in enumerate(values):
                span = -int(round(360 * 16 * v / total))
                p.setBrush(QColor(PALETTE[i % len(PALETTE)]))
                p.drawPie(ring, start, span)
                start += span
        hole = ring.adjusted(size * 0.22, size * 0.22, -size * 0.22, -size * 0.22)
        p.setBrush(self.palette().base())
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(hole)
        p.setPen(self.palette().text().color())
        p.drawText(hole, Qt.AlignmentFlag.AlignCenter, display("int", int(total)))
        fm = p.fontMetrics()
        y = area.top() + max((area.height() - len(values) * (fm.height() + 4)) / 2, 0)
        x = ring.right() + 16
        for i, (name, v) in enumerate(zip(chart.categories, values, strict=True)):
            p.fillRect(QRectF(x, y + 2, 10, 10), QColor(PALETTE[i % len(PALETTE)]))
            share = f" ({100 * v / total:.0f}%)" if total else ""
            p.drawText(QRectF(x + 14, y, area.right() - x - 14, fm.height() + 2), Qt.AlignmentFlag.AlignLeft,
                       f"{name}: {display('int', int(v))}{share}")
            y += fm.height() + 4
