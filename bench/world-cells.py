#!/usr/bin/env python3
"""Regenerates src/Newsgraph.Server/Web/Svg/land-cells.txt, the server's offline world map.

Usage: python3 bench/world-cells.py ../shared/data/geonames/cities15000.zip
Each 3-degree cell holding at least one GeoNames city (population >= 15,000; CC BY 4.0) is drawn as
land: a coarse picture of the inhabited world, made from data we may use, with no tile server.
"""
import io, sys, zipfile

STEP = 3
src = sys.argv[1]
cells = set()
with zipfile.ZipFile(src) as z:
    with z.open("cities15000.txt") as f:
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            parts = line.split("\t")
            lat, lon = float(parts[4]), float(parts[5])
            cells.add((int((90 - lat) // STEP), int((lon + 180) // STEP)))
rows = {}
for r, c in cells:
    rows.setdefault(r, []).append(c)
out = ["# Land cells of a 3-degree grid: row (from 90N) then columns (from 180W) holding at least one",
       "# GeoNames city of 15,000+ people. Generated from GeoNames cities15000 (CC BY 4.0, geonames.org)",
       "# by bench/world-cells.py; a coarse, offline picture of where people live, not a coastline."]
out += [f"{r}:" + ",".join(map(str, sorted(rows[r]))) for r in sorted(rows)]
with open("src/Newsgraph.Server/Web/Svg/land-cells.txt", "w") as f:
    f.write("\n".join(out) + "\n")
