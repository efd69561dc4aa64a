"""A kloof's chart as a file to take along: SVG (text stays text, for a website) and PNG (for a flyer), each
with its title, the values as the page says them, the source and the licence inside the image."""

import io
import textwrap
from pathlib import Path

from django.template.loader import render_to_string
from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).parent / "fonts"
LICENCE = "CC BY 4.0 · Sociale Alliantie"
WIDTH = 1200
MARGIN = 48
INK, BAR, NEGATIVE, TRACK = "#1a1a1a", "#8a1538", "#4a4a4a", "#767676"


def _font(size, bold=False):
    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def source_line(chart):
    return "Bron: " + "; ".join(chart.sources)


def chart_svg(chart, kloof):
    """The layout is worked out here; the template only writes it down."""
    track = WIDTH - 2 * MARGIN
    y = MARGIN + 20
    head = []
    for text in textwrap.wrap(chart.title, 60):
        head.append({"text": text, "y": y, "size": 30, "bold": True})
        y += 40
    for text in textwrap.wrap(chart.message, 80) if chart.message else []:
        head.append({"text": text, "y": y, "size": 22, "bold": False})
        y += 30
    head.append({"text": chart.period, "y": y, "size": 18, "bold": False})
    y += 30
    rows = []
    for bar in chart.bars:
        rows.append(
            {
                "label": f"{bar.name}: {bar.figure.display}",
                "label_y": y + 22,
                "bar_y": y + 34,
                "x": MARGIN + track * bar.start / 100,
                "width": track * bar.width / 100,
                "negative": bar.negative,
            }
        )
        y += 80
    zero = MARGIN + track * chart.zero / 100 if chart.zero is not None else None
    foot = []
    for text in [*textwrap.wrap(source_line(chart), 100), LICENCE]:
        y += 26
        foot.append({"text": text, "y": y})
    return render_to_string(
        "manifest/chart.svg",
        {
            "chart": chart,
            "kloof": kloof,
            "head": head,
            "rows": rows,
            "foot": foot,
            "zero": zero,
            "bars_top": head[-1]["y"] + 16,
            "bars_bottom": y - 26 * len(foot) - 20,
            "margin": MARGIN,
            "track": track,
            "width": WIDTH,
            "height": y + MARGIN,
        },
    )


def chart_png(chart, kloof):
    title, label, small = _font(40, bold=True), _font(30), _font(24)
    lines = []  # (text, font, height)
    for text in textwrap.wrap(chart.title, 52):
        lines.append((text, title, 52))
    if chart.message:
        lines += [(text, label, 40) for text in textwrap.wrap(chart.message, 62)]
    lines.append((chart.period, small, 40))
    bars_top = MARGIN + sum(height for _, _, height in lines) + 16
    bar_block = 100
    footer = [(text, small, 32) for text in textwrap.wrap(source_line(chart), 90)] + [(LICENCE, small, 32)]
    height = bars_top + bar_block * len(chart.bars) + 24 + sum(h for _, _, h in footer) + MARGIN
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for text, font, line_height in lines:
        draw.text((MARGIN, y), text, font=font, fill=INK)
        y += line_height
    track_width = WIDTH - 2 * MARGIN
    y = bars_top
    for bar in chart.bars:
        draw.text((MARGIN, y), f"{bar.name}: {bar.figure.display}", font=label, fill=INK)
        top = y + 42
        if chart.track:
            draw.rectangle([MARGIN, top, MARGIN + track_width, top + 34], outline=TRACK, width=2)
        left = MARGIN + track_width * bar.start / 100
        draw.rectangle(
            [left, top, left + track_width * bar.width / 100, top + 34], fill=NEGATIVE if bar.negative else BAR
        )
        if chart.zero is not None:
            zero = MARGIN + track_width * chart.zero / 100
            draw.line([zero, top - 6, zero, top + 40], fill=INK, width=3)
        y += bar_block
    y += 24
    for text, font, line_height in footer:
        draw.text((MARGIN, y), text, font=font, fill=INK)
        y += line_height
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
