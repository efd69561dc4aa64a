"""Bar charts as plain data for the template: no JavaScript, drawn on the server, readable on a phone.

Every bar's group and value are HTML text above the bar, so the text keeps its size on a narrow screen and
the chart never relies on colour; the bar itself is a small stretched SVG without text. Figures of the same
series share one chart; a figure without a series is shown as a number of its own (a chart of one bar says
nothing a number does not).
"""

from dataclasses import dataclass, field

from .formatting import period_phrase

WHOLE = {"procent": 100, "coëfficiënt": 1}


@dataclass
class Bar:
    figure: object
    name: str
    start: float  # percent of the track's width
    width: float
    negative: bool


@dataclass
class Chart:
    key: str
    title: str
    message: str
    figures: list = field(default_factory=list)
    bars: list = field(default_factory=list)
    track: bool = False  # drawn against the whole (100%): the empty part of the track is outlined
    zero: float | None = None

    @property
    def period(self):
        return period_phrase([figure.period for figure in self.figures])

    @property
    def sources(self):
        """The distinct sources of the chart's figures, in order."""
        return list(dict.fromkeys(figure.source_display for figure in self.figures))


def split_figures(figures):
    """The charts (one per series, in order of their first figure) and the figures that stand alone."""
    charts, alone, by_series = [], [], {}
    for figure in figures:
        if figure.value is None or not figure.series_id:
            alone.append(figure)
            continue
        chart = by_series.get(figure.series_id)
        if chart is None:
            series = figure.series
            chart = by_series[figure.series_id] = Chart(
                key=f"reeks-{series.pk}", title=series.title, message=series.public_message
            )
            charts.append(chart)
        chart.figures.append(figure)
    for chart in charts:
        layout(chart)
    return charts, alone


def layout(chart):
    values = [float(figure.value) for figure in chart.figures]
    low, high = min(0.0, *values), max(0.0, *values)
    # A share is drawn against the whole (100%, or 1 for a coefficient), so that 8% looks small and 83% big.
    units = {figure.unit for figure in chart.figures}
    whole = WHOLE.get(units.pop()) if len(units) == 1 else None
    chart.track = whole is not None and low >= 0 and high <= whole
    if chart.track:
        high = float(whole)
    span = (high - low) or 1.0

    def x(value):
        return (value - low) / span * 100

    for figure, value in zip(chart.figures, values, strict=True):
        start, end = x(min(0.0, value)), x(max(0.0, value))
        name = figure.group or figure.period or figure.label
        chart.bars.append(
            Bar(
                figure=figure,
                name=name,
                start=round(start, 2),
                width=round(max(end - start, 0.5), 2),
                negative=value < 0,
            )
        )
    if low < 0:
        chart.zero = round(x(0.0), 2)
    return chart
