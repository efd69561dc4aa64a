"""A schematic tile map of the twelve provinces, drawn on the server as SVG.

Each province is a square in roughly its place (a 'tile grid map'): honest about being a
schematic, readable at any size, and the count is written in each tile, so the map never
relies on colour alone. The table on the same page holds the same numbers.
"""

from .models import Province

# (column, row) of each province in a 4 × 4 grid, north at the top.
TILES = {
    Province.NOORD_HOLLAND: (1, 0),
    Province.FRIESLAND: (2, 0),
    Province.GRONINGEN: (3, 0),
    Province.ZUID_HOLLAND: (0, 1),
    Province.UTRECHT: (1, 1),
    Province.FLEVOLAND: (2, 1),
    Province.DRENTHE: (3, 1),
    Province.ZEELAND: (0, 2),
    Province.NOORD_BRABANT: (1, 2),
    Province.GELDERLAND: (2, 2),
    Province.OVERIJSSEL: (3, 2),
    Province.LIMBURG: (2, 3),
}
SIZE = 104
GAP = 6
# Light to darker tints of the site's red; black text stays above 7:1 contrast on each.
SHADES = ["#ffffff", "#f6e3e8", "#ecc1cd", "#e09fb1"]


def _shade(count, highest):
    if not count:
        return SHADES[0]
    step = max(1, round(count / highest * (len(SHADES) - 1))) if highest else 1
    return SHADES[min(step, len(SHADES) - 1)]


def province_tiles(counts):
    """The tiles to draw, given ``{province value: count}``."""
    highest = max((counts.get(value, 0) for value in TILES), default=0)
    tiles = []
    for province, (column, row) in TILES.items():
        count = counts.get(province.value, 0)
        x, y = column * (SIZE + GAP), row * (SIZE + GAP)
        tiles.append(
            {
                "label": province.label,
                "count": count,
                "x": x,
                "y": y,
                "cx": x + SIZE // 2,
                "label_y": y + 40,
                "count_y": y + 78,
                "fill": _shade(count, highest),
            }
        )
    return tiles


WIDTH = 4 * SIZE + 3 * GAP
HEIGHT = 4 * SIZE + 3 * GAP
