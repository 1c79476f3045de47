#!/usr/bin/env python3
"""Legibility check of a Graphviz SVG map (the project's shared checker, kept here so that the
test suite and CI run the same one): labels that overlap each other, lines that run
through a member they do not belong to, and lines between two members that take a long detour. Usage: mapcheck.py FILE.svg... ; exit 1 when any is found.

Text boxes are estimated from Graphviz's own text positions (width ~0.55 em a character, so
expect a small error); pieces of one label written side by side count as one label.
"""
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
EM = 0.55  # average advance of a character, in font sizes
DETOUR = 1.4  # a line between members may be this many times the straight way


def num_list(s):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", s)]


def text_boxes(group):
    """The label boxes of one SVG group, pieces on one baseline merged."""
    boxes = []
    for t in group.iter(NS + "text"):
        content = "".join(t.itertext())
        if not content.strip():
            continue
        x, y, fs = float(t.get("x")), float(t.get("y")), float(t.get("font-size", "14"))
        w = len(content) * fs * EM
        anchor = t.get("text-anchor", "start")
        x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        box = [x0, y - 0.75 * fs, x0 + w, y + 0.2 * fs, content]
        for b in boxes:  # continue a label written in pieces on the same baseline
            if abs(b[3] - box[3]) < 0.5 and box[0] - b[2] < fs:
                b[0], b[1], b[2], b[3] = min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3])
                b[4] += content
                break
        else:
            boxes.append(box)
    return boxes


def overlap(a, b, shrink=1.0):
    w = min(a[2], b[2]) - max(a[0], b[0]) - shrink
    h = min(a[3], b[3]) - max(a[1], b[1]) - shrink
    return w > 0 and h > 0


def shape_box(group):
    pts = []
    for el in group:
        tag = el.tag.replace(NS, "")
        if tag == "polygon":
            pts += list(zip(*[iter(num_list(el.get("points")))] * 2))
        elif tag == "ellipse":
            cx, cy, rx, ry = (float(el.get(k)) for k in ("cx", "cy", "rx", "ry"))
            pts += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
        elif tag == "path":
            pts += list(zip(*[iter(num_list(el.get("d")))] * 2))
    if not pts:
        return None
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    if max(xs) - min(xs) < 4 or max(ys) - min(ys) < 4:
        return None  # a point, not a member
    return [min(xs), min(ys), max(xs), max(ys)]


def path_points(d):
    """Points along an SVG path of M and C commands (Graphviz edges), 8 per Bezier segment."""
    out = []
    for cmd, args in re.findall(r"([MC])([^MC]*)", d):
        v = num_list(args)
        pts = list(zip(v[0::2], v[1::2]))
        if cmd == "M":
            out += pts[:1]
            continue
        for i in range(0, len(pts) - 2, 3):
            p0 = out[-1]
            p1, p2, p3 = pts[i], pts[i + 1], pts[i + 2]
            for k in range(1, 9):
                t = k / 8
                out.append(tuple((1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * e
                                 for a, b, c, e in zip(p0, p1, p2, p3)))
    return out


def check(path):
    root = ET.parse(path).getroot()
    nodes, labels, problems = {}, [], []
    for g in root.iter(NS + "g"):
        cls, title = g.get("class"), g.findtext(NS + "title") or ""
        if cls == "node":
            box = shape_box(g)
            if box:
                nodes[title] = box
            labels += [(title, b) for b in text_boxes(g)]
        elif cls == "edge":
            labels += [(title, b) for b in text_boxes(g)]
    for i, (ta, a) in enumerate(labels):
        for tb, b in labels[i + 1:]:
            if overlap(a, b):
                problems.append(f"labels overlap: '{a[4]}' ({ta}) and '{b[4]}' ({tb})")
    for g in root.iter(NS + "g"):
        if g.get("class") != "edge":
            continue
        title = g.findtext(NS + "title") or ""
        ends = set(re.split(r"-[->]|:[^-]*", title.replace("&#45;", "-")))
        hit = set()
        for el in g.iter(NS + "path"):
            for x, y in path_points(el.get("d")):
                for name, (x0, y0, x1, y1) in nodes.items():
                    if name in ends or name in hit:
                        continue
                    if x0 + 3 < x < x1 - 3 and y0 + 3 < y < y1 - 3:
                        hit.add(name)
        problems += [f"line {title} runs through {n}" for n in sorted(hit)]
    problems += detours(root, nodes)
    return problems


def detours(root, nodes):
    """Lines between two members, followed through their waypoints (nodes drawn as points that
    join exactly two line pieces), that are much longer than the straight way."""
    pieces = []
    for g in root.iter(NS + "g"):
        if g.get("class") != "edge":
            continue
        ends = re.split(r"-[->]", (g.findtext(NS + "title") or "").replace("&#45;", "-"))
        if len(ends) != 2:
            continue
        length = 0.0
        for el in g.iter(NS + "path"):
            pts = path_points(el.get("d"))
            length = max(length, sum(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
                                     for (x0, y0), (x1, y1) in zip(pts, pts[1:])))
        pieces.append((ends[0].split(":")[0], ends[1].split(":")[0], length))
    incident = {}
    for i, (a, b, _) in enumerate(pieces):
        incident.setdefault(a, []).append(i)
        incident.setdefault(b, []).append(i)
    waypoint = {n for n, es in incident.items() if n not in nodes and len(es) == 2}
    problems, seen = [], set()
    for i, (a, b, _) in enumerate(pieces):
        if i in seen or a not in nodes:
            continue
        chain, length, here, piece = [a], 0.0, a, i
        while True:
            seen.add(piece)
            pa, pb, pl = pieces[piece]
            length += pl
            here = pb if pa == here else pa
            chain.append(here)
            if here not in waypoint:
                break
            nxt = [e for e in incident[here] if e != piece]
            if not nxt or nxt[0] in seen:
                break
            piece = nxt[0]
        end = chain[-1]
        if end not in nodes or end == a:
            continue
        (x0, y0, x1, y1), (u0, v0, u1, v1) = nodes[a], nodes[end]
        straight = (((x0 + x1) / 2 - (u0 + u1) / 2) ** 2 + ((y0 + y1) / 2 - (v0 + v1) / 2) ** 2) ** 0.5
        if length > DETOUR * straight and length - straight > 80:
            problems.append(f"line {a}-{end} takes a detour: {length:.0f} pt for {straight:.0f} pt straight")
    return problems


def main(argv):
    bad = 0
    for p in argv:
        probs = check(p)
        bad += bool(probs)
        for m in probs:
            print(f"{p}: {m}")
    print(f"mapcheck: {len(argv) - bad}/{len(argv)} maps legible")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
