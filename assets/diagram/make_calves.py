"""Generator for assets/diagram/calves.svg (knotimer): run it to rebuild the drawing.

Every shape is a list of hand-placed key points (LEFT leg, viewBox units);
each key point is smooth ('s') or a corner ('c').  The key points are turned
into cubic Bezier segments (Catmull-Rom style handles).  The right leg is the
mirror image x -> 600 - x, written out as explicit coordinates (no transforms).
Neighbouring regions share borders: one region's border key points are offset
outward by GAP so that the neighbour's edge runs parallel to it.
"""
import math
import sys

W, H = 600, 900
GAP = 5.0          # skin gap between neighbouring regions (viewBox units)

# ---------------------------------------------------------------- geometry

def orient(pts):
    """+1 if the closed polygon is clockwise on screen (y down), else -1."""
    a = 0.0
    n = len(pts)
    for i in range(n):
        x0, y0 = pts[i][:2]
        x1, y1 = pts[(i + 1) % n][:2]
        a += x0 * y1 - x1 * y0
    return 1 if a > 0 else -1


def offset(pts, idx, d):
    """Key points pts[i] for i in idx pushed outward by d (closed shape)."""
    o = orient(pts)
    n = len(pts)
    out = []
    for i in idx:
        p0 = pts[(i - 1) % n]
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        # average of the two unit directions -> tangent
        def unit(a, b):
            dx, dy = b[0] - a[0], b[1] - a[1]
            l = math.hypot(dx, dy) or 1.0
            return dx / l, dy / l
        u1 = unit(p0, p1)
        u2 = unit(p1, p2)
        tx, ty = u1[0] + u2[0], u1[1] + u2[1]
        l = math.hypot(tx, ty) or 1.0
        tx, ty = tx / l, ty / l
        nx, ny = ty * o, -tx * o           # outward normal
        # keep the true distance at corners
        cosh = max(0.35, u1[0] * tx + u1[1] * ty)
        k = d / cosh if p1[2] == 'c' else d
        out.append((p1[0] + nx * k, p1[1] + ny * k, p1[2]) + tuple(p1[3:]))
    return out


def rev(pts):
    return list(reversed(pts))


def bezier(pts, closed=True, tension=1.0):
    """Key points -> list of (p0, c1, c2, p1) cubic segments."""
    n = len(pts)

    def handles(i):
        p = pts[i]
        has_prev = closed or i > 0
        has_next = closed or i < n - 1
        prv = pts[(i - 1) % n] if has_prev else None
        nxt = pts[(i + 1) % n] if has_next else None
        if p[2] == 'c' or prv is None or nxt is None:
            hin = (p[0] + (prv[0] - p[0]) * 0.28, p[1] + (prv[1] - p[1]) * 0.28) if prv else p[:2]
            hout = (p[0] + (nxt[0] - p[0]) * 0.28, p[1] + (nxt[1] - p[1]) * 0.28) if nxt else p[:2]
            return hin, hout
        dx, dy = (p[3] if len(p) > 3 else (nxt[0] - prv[0], nxt[1] - prv[1]))
        l = math.hypot(dx, dy) or 1.0
        dx, dy = dx / l, dy / l
        lin = math.hypot(p[0] - prv[0], p[1] - prv[1]) / 3 * tension
        lout = math.hypot(nxt[0] - p[0], nxt[1] - p[1]) / 3 * tension
        return (p[0] - dx * lin, p[1] - dy * lin), (p[0] + dx * lout, p[1] + dy * lout)

    hs = [handles(i) for i in range(n)]
    segs = []
    last = n if closed else n - 1
    for i in range(last):
        j = (i + 1) % n
        segs.append((pts[i][:2], hs[i][1], hs[j][0], pts[j][:2]))
    return segs


def fmt(v):
    s = ('%.1f' % v).rstrip('0').rstrip('.')
    return '0' if s == '-0' else s


def path_d(pts, closed=True, mirror=False, extra=None):
    """extra: optional list of raw points appended with straight lines (closed fill)."""
    def mx(p):
        return (W - p[0], p[1]) if mirror else (p[0], p[1])
    segs = bezier(pts, closed=closed and extra is None)
    p0 = mx(segs[0][0])
    parts = ['M%s,%s' % (fmt(p0[0]), fmt(p0[1]))]
    for (_, c1, c2, p1) in segs:
        c1, c2, p1 = mx(c1), mx(c2), mx(p1)
        parts.append('C%s,%s %s,%s %s,%s' % tuple(fmt(v) for v in (*c1, *c2, *p1)))
    if extra:
        for p in extra:
            p = mx(p)
            parts.append('L%s,%s' % (fmt(p[0]), fmt(p[1])))
    if closed:
        parts.append('Z')
    # wrap long path data for readability
    out, line = [], ''
    for part in parts:
        if len(line) + len(part) > 86:
            out.append(line.rstrip())
            line = ''
        line += part + ' '
    out.append(line.rstrip())
    return out


# ---------------------------------------------------------------- the LEFT leg
# lateral = small x (outer edge, left), medial = large x (toward x = 300)

# skin outline, down the lateral side, round the heel, up the medial side
SKIN = [
    (46, 0, 's'), (54, 52, 's'), (61, 104, 's'), (57, 150, 's'), (46, 208, 's'),
    (42, 256, 's'),                       # lateral calf: widest, higher
    (47, 326, 's'), (64, 410, 's'), (91, 500, 's'), (121, 585, 's'),
    (143, 658, 's'), (153, 714, 's'),
    (149, 762, 's'),                      # lateral malleolus: lower, prominent
    (154, 806, 's'), (163, 850, 's'), (180, 877, 's'), (203, 885, 's'),
    (225, 878, 's'), (240, 852, 's'), (247, 810, 's'), (251, 772, 's'),
    (254, 744, 's'),                      # medial malleolus: higher
    (247, 704, 's'), (241, 640, 's'), (243, 572, 's'), (254, 490, 's'),
    (271, 410, 's'), (283, 344, 's'), (286, 298, 's'),   # medial calf: widest, lower
    (281, 234, 's'), (268, 172, 's'), (263, 120, 's'), (266, 60, 's'), (272, 0, 's'),
]

# popliteal fossa (diamond, clockwise from the top)
POP = [
    (166, 44, 'c'), (185, 75, 's'), (208, 104, 'c'), (186, 133, 's'),
    (166, 164, 'c'), (146, 133, 's'), (124, 104, 'c'), (147, 75, 's'),
]

# gastrocnemius, lateral head (clockwise: top, raphe, lower end, lateral border)
GL = [
    (116, 107, 's', (1, 0)),              # top: lateral femoral condyle
    (128, 119, 's'), (142, 139, 's'),     # along the fossa
    (162, 177, 'c'),                      # top of the midline raphe
    (164, 240, 's'), (165, 320, 's'), (164, 395, 's'), (159, 425, 's'),
    (150, 436, 's'),                      # lower end (higher than the medial head)
    (137, 428, 's'), (122, 392, 's'), (104, 326, 's'), (97, 258, 's'),
    (99, 196, 's'), (103, 150, 's'), (108, 122, 's'),
]

# gastrocnemius, medial head (clockwise: top, medial border, lower end, raphe)
GM = [
    (216, 107, 's', (1, 0)),              # top: medial femoral condyle
    (228, 117, 's'), (244, 148, 's'), (258, 196, 's'), (265, 258, 's'), (262, 326, 's'),
    (249, 395, 's'), (228, 446, 's'), (206, 474, 's'),
    (190, 481, 's'),                      # lower end (~y 480)
    (178, 468, 's'), (171, 432, 's'), (170, 330, 's'), (169, 245, 's'),
    (170, 177, 'c'),                      # top of the midline raphe
    (190, 139, 's'), (204, 119, 's'),     # along the fossa
]

# fibularis (peroneus) longus, narrow lateral strip (clockwise)
FIB = [
    (74, 126, 's'), (90, 146, 's'), (91, 200, 's'), (86, 262, 's'), (81, 322, 's'),
    (81, 382, 's'), (86, 432, 's'),
    (87, 458, 'c'),                       # becomes its tendon further down
    (72, 414, 's'), (57, 350, 's'), (50, 282, 's'), (52, 216, 's'), (60, 164, 's'),
]

# achilles tendon (clockwise)
ACH = [
    (176, 580, 's'), (188, 566, 's'), (202, 556, 'c'), (216, 566, 's'), (228, 580, 's'),
    (221, 625, 's'), (215, 680, 's'), (214, 735, 's'), (218, 772, 's'), (214, 788, 's'),
    (202, 794, 's'),
    (190, 788, 's'), (186, 772, 's'), (190, 735, 's'), (189, 680, 's'), (183, 625, 's'),
]

# heel (calcaneus / heel pad)
HEEL = [
    (176, 814, 's'), (202, 811, 's'), (228, 814, 's'), (241, 835, 's'),
    (233, 860, 's'), (203, 872, 's'), (173, 860, 's'), (164, 835, 's'),
]

# soleus: one U-shaped band (clockwise): lateral strip top, down along the
# lateral head, under both heads, up along the medial head, medial strip top,
# down the medial skin edge, round the achilles top, up the lateral side.
skin_in = lambda idx: offset(SKIN, idx, -(GAP + 1))
SOL = (
    [(93, 292, 'c')]
    + offset(GL, [11, 10], GAP) + offset(GL, [9, 8], GAP + 1.5)
    + [(159, 451, 's')]
    + offset(GM, [10, 9, 8, 7, 6, 5], GAP)
    + [(274, 258, 'c')]
    + skin_in([28, 27, 26, 25, 24, 23])
    + [(230, 656, 'c')]
    + offset(ACH, [5, 4, 3, 2, 1, 0, 15], GAP)
    + [(180, 642, 'c'), (150, 606, 's')]
    + skin_in([8])
    + offset(FIB, [7, 6, 5, 4], GAP)
)

# hint circles (trigger points), left leg
HINTS = {
    'gastrocnemius-tp1': (228, 262),   # medial head, above mid-belly
    'gastrocnemius-tp2': (128, 268),   # lateral head, same level
    'gastrocnemius-tp3': (218, 150),   # top of medial head (medial condyle)
    'gastrocnemius-tp4': (124, 152),   # top of lateral head (lateral condyle)
    'soleus-tp1': (210, 522),          # 2-3 cm below gastrocnemius, slightly medial
    'soleus-tp2': (98, 356),           # upper lateral soleus strip
    'soleus-tp3': (152, 480),          # above and lateral to tp1
}

# ---------------------------------------------------------------- styles
SKIN_FILL, SKIN_LINE = '#e8c3a5', '#9c6f53'
STYLE = {
    'popliteal': dict(fill='#c99478', stroke='#94664d'),
    'soleus': dict(fill='#b0645d', stroke='#7a3a35'),
    'fibularis': dict(fill='#c98271', stroke='#84473b'),
    'gastrocnemius-lateral': dict(fill='#c97870', stroke='#8a433e'),
    'gastrocnemius-medial': dict(fill='#c97870', stroke='#8a433e'),
    'achilles': dict(fill='#f2e7cf', stroke='#a8946f'),
    'heel': dict(fill='#f1d4bd', stroke='#a87b5e'),
}
NOTE = {
    'popliteal': 'popliteal fossa: hollow behind the knee',
    'soleus': 'soleus: strips beside both gastrocnemius heads and below them',
    'fibularis': 'fibularis (peroneus) longus: outer (lateral) edge',
    'gastrocnemius-lateral': 'gastrocnemius, lateral head: outer, smaller, ends higher',
    'gastrocnemius-medial': 'gastrocnemius, medial head: inner, larger, reaches lower',
    'achilles': 'achilles tendon',
    'heel': 'heel (calcaneus)',
}
REGIONS = [
    ('popliteal', POP), ('soleus', SOL), ('fibularis', FIB),
    ('gastrocnemius-lateral', GL), ('gastrocnemius-medial', GM),
    ('achilles', ACH), ('heel', HEEL),
]

# ---------------------------------------------------------------- output

def emit_path(lines, indent, d_lines, attrs, pid=None):
    pad = ' ' * indent
    head = pad + '<path' + (' id="%s"' % pid if pid else '')
    lines.append(head)
    lines.append(pad + '    d="' + d_lines[0])
    for dl in d_lines[1:]:
        lines.append(pad + '       ' + dl)
    lines[-1] += '"'
    lines.append(pad + '    ' + ' '.join('%s="%s"' % kv for kv in attrs.items()) + '/>')


def build():
    L = []
    L.append('<?xml version="1.0" encoding="UTF-8"?>')
    L.append('<!-- knotimer: posterior view of both lower legs (drawn for the project).')
    L.append('     Left leg of the person = left of the picture. Region ids are a')
    L.append('     contract with the app code: see README.md beside this file. -->')
    L.append('<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"')
    L.append('     width="600" height="900" viewBox="0 0 600 900">')
    # silhouette
    L.append('  <g id="silhouette">')
    for side, mir in (('left', False), ('right', True)):
        L.append('    <!-- %s leg: skin -->' % side)
        emit_path(L, 4, path_d(SKIN, closed=True, mirror=mir, extra=[]),
                  {'fill': SKIN_FILL, 'stroke': 'none'})
        emit_path(L, 4, path_d(SKIN, closed=False, mirror=mir),
                  {'fill': 'none', 'stroke': SKIN_LINE, 'stroke-width': '3',
                   'stroke-linejoin': 'round', 'stroke-linecap': 'round'})
        for det in DETAILS:
            emit_path(L, 4, path_d(det, closed=False, mirror=mir),
                      {'fill': 'none', 'stroke': SKIN_LINE, 'stroke-width': '2.5',
                       'stroke-opacity': '0.45', 'stroke-linecap': 'round'})
    L.append('  </g>')
    for side, mir in (('left', False), ('right', True)):
        L.append('  <!-- %s leg: clickable regions -->' % side)
        for name, pts in REGIONS:
            L.append('  <!-- %s -->' % NOTE[name])
            st = STYLE[name]
            attrs = {'fill': st['fill'], 'stroke': st['stroke'], 'stroke-width': '2',
                     'stroke-linejoin': 'round'}
            emit_path(L, 2, path_d(pts, closed=True, mirror=mir), attrs,
                      pid='%s-%s' % (side, name))
    L.append('  <!-- trigger-point hints (Travell & Simons), centres inside their regions -->')
    L.append('  <g id="hints">')
    for side, mir in (('left', False), ('right', True)):
        for name, (x, y) in HINTS.items():
            if mir:
                x = W - x
            L.append('    <circle id="hint-%s-%s" cx="%s" cy="%s" r="9" fill="#ffffff" '
                     'fill-opacity="0.2" stroke="#2e3134" stroke-width="2.5" stroke-dasharray="4 3" '
                     'stroke-opacity="0.8"/>' % (side, name, fmt(x), fmt(y)))
    L.append('  </g>')
    L.append('</svg>')
    return '\n'.join(L) + '\n'


# soft skin details (silhouette only): hamstring tendons above the fossa,
# malleolus curves at the ankle
DETAILS = [
    [(124, 96, 's'), (110, 50, 's'), (100, 2, 's')],      # biceps femoris tendon
    [(208, 94, 's'), (222, 48, 's'), (232, 2, 's')],      # semitendinosus
    [(160, 752, 's'), (166, 772, 's'), (176, 786, 's')],  # lateral malleolus
    [(243, 730, 's'), (238, 748, 's'), (229, 760, 's')],  # medial malleolus
]

if __name__ == '__main__':
    import os
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), 'calves.svg')
    with open(out, 'w') as f:
        f.write(build())
    print('wrote', out)
