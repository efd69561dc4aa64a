"""Diverging bar charts for the vote: Verweer to the left of the middle line, Vernieuwing to the right.

Unlike the manifest charts these SVGs have no viewBox: positions are percentages of the width and text
is in CSS pixels, so on a 320 px phone the numbers stay 16 px instead of shrinking with the drawing.
The long names of the developments are HTML above each bar, so they wrap. Every bar's numbers are
written next to it and repeated in a table: the chart never relies on colour or on the picture alone.
"""

from dataclasses import dataclass, field

from ..models import Side

# Each side may use this share of the width; the outer 12% hold the numbers.
HALF = 38.0


@dataclass
class Row:
    label: str
    verweer: int
    vernieuwing: int
    paper_verweer: int = 0
    paper_vernieuwing: int = 0
    left: float = 0.0  # bar widths in % of the chart width
    right: float = 0.0

    @property
    def total(self):
        return self.verweer + self.vernieuwing

    @property
    def more_verweer(self):
        return self.verweer > self.vernieuwing

    @property
    def more_vernieuwing(self):
        return self.vernieuwing > self.verweer

    @property
    def majority(self):
        """The side with more votes, or "" when both have as many."""
        if self.verweer == self.vernieuwing:
            return ""
        return Side.VERWEER if self.more_verweer else Side.VERNIEUWING

    @property
    def share_vernieuwing(self):
        return round(100 * self.vernieuwing / self.total) if self.total else None

    @property
    def left_x(self):
        return 50 - self.left


@dataclass
class DivergingChart:
    key: str
    title: str
    rows: list = field(default_factory=list)

    @property
    def differs(self):
        """True when the majority went one way on one day and the other way on another."""
        return len({row.majority for row in self.rows if row.majority}) > 1


def layout(chart, scale=None):
    """Bar widths on one scale for all rows (the largest side fills its half), so rows compare."""
    largest = scale or max([max(row.verweer, row.vernieuwing) for row in chart.rows] or [0]) or 1
    for row in chart.rows:
        row.left = round(HALF * row.verweer / largest, 2)
        row.right = round(HALF * row.vernieuwing / largest, 2)
    return chart


def rows_for(developments):
    """``developments`` with ``with_totals()``: one row each, digital and paper added up."""
    return [
        Row(
            label=development.title,
            verweer=development.verweer,
            vernieuwing=development.vernieuwing,
            paper_verweer=development.paper_verweer,
            paper_vernieuwing=development.paper_vernieuwing,
        )
        for development in developments
    ]


def event_chart(vote, developments):
    return layout(
        DivergingChart(key=f"uitslag-{vote.event.slug}", title=str(vote.event.title), rows=rows_for(developments))
    )


def comparison_charts(votes_with_developments):
    """One chart per development (matched by its title), one row per day: where did the days differ?"""
    by_title = {}
    for vote, developments in votes_with_developments:
        place = vote.event.city or vote.event.title
        for development, row in zip(developments, rows_for(developments), strict=True):
            row.label = str(place)
            by_title.setdefault(development.title, []).append(row)
    charts = [
        DivergingChart(key=f"vergelijking-{index}", title=title, rows=rows)
        for index, (title, rows) in enumerate(by_title.items(), start=1)
    ]
    largest = max([max(r.verweer, r.vernieuwing) for chart in charts for r in chart.rows] or [0]) or 1
    return [layout(chart, scale=largest) for chart in charts]
