"""Bar charts as plain data for an inline SVG template: no JavaScript, drawn on the server.

Every bar has its group and its value written next to it, so the chart never relies on colour.
Figures in the same series share one chart; a figure without a series gets a chart of its own.
"""

from dataclasses import dataclass, field

WIDTH = 640
ROW_HEIGHT = 70
BAR_HEIGHT = 26
TEXT_OFFSET = 22  # baseline of the row text, from the top of the row
BAR_OFFSET = 32
PADDING = 6
WHOLE = {"procent": 100, "coëfficiënt": 1}


@dataclass
class Bar:
    figure: object
    text: str
    text_y: int
    bar_x: float
    bar_y: int
    bar_width: float
    negative: bool
    track: bool


@dataclass
class Chart:
    key: str
    title: str
    message: str
    figures: list = field(default_factory=list)
    bars: list = field(default_factory=list)
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT
    height: int = 0
    zero_x: float | None = None

    @property
    def sources(self):
        """The distinct sources of the chart's figures, in order."""
        seen = []
        for figure in self.figures:
            if figure.source_display not in seen:
                seen.append(figure.source_display)
        return seen


def single_message(figure):
    message = f"{figure.label}: {figure.display}"
    if figure.period:
        message += f" ({figure.period})"
    return message + "."


def group_into_charts(figures):
    charts = []
    by_series = {}
    for figure in figures:
        if figure.value is None:
            continue
        if figure.series_id:
            chart = by_series.get(figure.series_id)
            if chart is None:
                chart = Chart(key=f"reeks-{figure.series_id}", title=figure.series.title, message=figure.series.message)
                by_series[figure.series_id] = chart
                charts.append(chart)
        else:
            chart = Chart(key=f"grafiek-{figure.pk}", title=figure.label, message=single_message(figure))
            charts.append(chart)
        chart.figures.append(figure)
    for chart in charts:
        layout(chart)
    return charts


def row_text(figure, in_series):
    name = figure.group if in_series and figure.group else figure.period
    return f"{name}: {figure.display}" if name else figure.display


def layout(chart):
    values = [figure.value for figure in chart.figures]
    low = min(0, *values)
    high = max(0, *values)
    # A share is drawn against the whole (100%, or 1 for a coefficient), so that 8% looks small and 83% big.
    units = {figure.unit for figure in chart.figures}
    whole = WHOLE.get(units.pop()) if len(units) == 1 else None
    track = whole is not None and low >= 0 and high <= whole
    if track:
        high = whole
    span = float(high - low) or 1.0

    def x(value):
        return (float(value) - float(low)) / span * WIDTH

    in_series = len(chart.figures) > 1 or chart.figures[0].series_id is not None
    for index, figure in enumerate(chart.figures):
        top = PADDING + index * ROW_HEIGHT
        start, end = x(min(0, figure.value)), x(max(0, figure.value))
        chart.bars.append(
            Bar(
                figure=figure,
                text=row_text(figure, in_series),
                text_y=top + TEXT_OFFSET,
                bar_x=round(start, 1),
                bar_y=top + BAR_OFFSET,
                bar_width=round(max(end - start, 2), 1),
                negative=figure.value < 0,
                track=track,
            )
        )
    chart.height = PADDING * 2 + len(chart.figures) * ROW_HEIGHT
    if low < 0:
        chart.zero_x = round(x(0), 1)
    return chart
