"""Draw the easy read pictures in resources/easyread (own work, CC0 1.0: see its README.md).

A build tool, not shipped with the app. Run it again only to change a picture:
    python tools/make_easyread_pictures.py
Needs Pillow (installed with reportlab). Each picture is drawn large and scaled down, so the
edges stay smooth; the PNGs are 300 x 300 pixels (2.5 cm at 300 dots per inch).
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent.parent / "resources" / "easyread"
S = 1200          # drawing size; saved at OUT
OUT = 300
W = 44            # outline width
INK = (31, 58, 95)         # dark navy outline
GREEN = (46, 125, 50)
RED = (198, 40, 40)
BLUE = (25, 118, 210)
LIGHT_BLUE = (187, 222, 251)
AMBER = (249, 168, 37)
YELLOW = (255, 224, 130)
CREAM = (255, 243, 196)
ORANGE = (239, 108, 0)
PURPLE = (123, 31, 162)
TEAL = (0, 137, 123)
GREY = (207, 216, 220)
WHITE = (255, 255, 255)
SKIN = (255, 204, 153)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HERE.parent / "fonts" / "DejaVuSans-Bold.ttf"), size)


def _new() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (S, S), WHITE)
    return image, ImageDraw.Draw(image)


def _circle(d, cx, cy, r, fill=None, outline=INK, width=W):
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width)


def _tick(d, cx, cy, size, colour=WHITE, width=110):
    points = [(cx - size * 0.55, cy + size * 0.02), (cx - size * 0.15, cy + size * 0.42),
              (cx + size * 0.6, cy - size * 0.45)]
    d.line(points, fill=colour, width=width, joint="curve")
    for x, y in (points[0], points[-1]):
        _circle(d, x, y, width // 2, fill=colour, outline=None, width=0)


def _person(d, cx, top, scale, colour):
    """Head and shoulders: head circle and a rounded body."""
    r = 120 * scale
    _circle(d, cx, top + r, r, fill=SKIN)
    body_top = top + 2 * r + 20 * scale
    d.pieslice((cx - 230 * scale, body_top, cx + 230 * scale, body_top + 460 * scale), 180, 360,
               fill=colour, outline=INK, width=W)


def _arrow(d, start, end, colour, width=120, head=230):
    (x0, y0), (x1, y1) = start, end
    angle = math.atan2(y1 - y0, x1 - x0)
    bx, by = x1 - head * 0.8 * math.cos(angle), y1 - head * 0.8 * math.sin(angle)
    d.line((x0, y0, bx, by), fill=colour, width=width)
    left = (x1 - head * math.cos(angle - 0.6), y1 - head * math.sin(angle - 0.6))
    right = (x1 - head * math.cos(angle + 0.6), y1 - head * math.sin(angle + 0.6))
    d.polygon([(x1, y1), left, right], fill=colour)


def _bubble(d, box, tail, fill, outline=INK):
    d.rounded_rectangle(box, radius=110, fill=fill, outline=outline, width=W)
    d.polygon(tail, fill=fill, outline=outline, width=W)
    # cover the outline where the tail joins the bubble
    (a, b, _c) = tail
    d.line((a[0] + W, a[1], b[0] - W, b[1]), fill=fill, width=W + 8)


def letter(d):
    d.rounded_rectangle((170, 320, 1030, 900), radius=60, fill=CREAM, outline=INK, width=W)
    d.line([(190, 345), (600, 660), (1010, 345)], fill=INK, width=W, joint="curve")


def meeting(d):
    _person(d, 300, 300, 0.8, TEAL)
    _person(d, 900, 300, 0.8, PURPLE)
    _person(d, 600, 380, 1.0, ORANGE)


def told_us(d):
    _person(d, 360, 470, 1.0, TEAL)
    _bubble(d, (560, 110, 1110, 520), [(660, 500), (780, 500), (610, 640)], WHITE)
    for y in (230, 310, 390):
        d.line((650, y, 1020 if y != 390 else 900, y), fill=INK, width=40)


def yes(d):
    _circle(d, 600, 600, 480, fill=GREEN, outline=GREEN)
    _tick(d, 600, 600, 520)


def some(d):
    _circle(d, 600, 600, 480, fill=GREY, outline=GREEN)
    d.pieslice((120, 120, 1080, 1080), 90, 270, fill=GREEN)
    _circle(d, 600, 600, 480, outline=GREEN)
    _tick(d, 600, 600, 440, colour=INK, width=100)


def not_now(d):
    _circle(d, 600, 600, 470, fill=LIGHT_BLUE)
    for hour in range(12):
        a = hour * math.pi / 6
        r0 = 360 if hour % 3 else 330
        d.line((600 + r0 * math.sin(a), 600 - r0 * math.cos(a),
                600 + 420 * math.sin(a), 600 - 420 * math.cos(a)), fill=INK, width=30)
    d.line((600, 600, 600, 280), fill=INK, width=60)
    d.line((600, 600, 820, 700), fill=INK, width=60)
    _circle(d, 600, 600, 50, fill=INK, outline=INK)


def no(d):
    _circle(d, 600, 600, 480, fill=RED, outline=RED)
    for a, b in (((400, 400), (800, 800)), ((800, 400), (400, 800))):
        d.line((*a, *b), fill=WHITE, width=120)
        for x, y in (a, b):
            _circle(d, x, y, 60, fill=WHITE, outline=None, width=0)


def passed_on(d):
    # a paper, an arrow, and another organisation's building
    d.rounded_rectangle((90, 430, 380, 820), radius=30, fill=WHITE, outline=INK, width=W)
    for y in (530, 610, 690):
        d.line((150, y, 320, y), fill=INK, width=28)
    _arrow(d, (420, 625), (700, 625), BLUE, width=100, head=200)
    d.polygon([(720, 430), (960, 270), (1190, 430)], fill=AMBER, outline=INK, width=W)
    d.rectangle((760, 430, 1150, 900), fill=CREAM, outline=INK, width=W)
    for x in (830, 955, 1080):
        d.rectangle((x - 30, 500, x + 30, 840), fill=GREY, outline=INK, width=20)


def why(d):
    _circle(d, 600, 600, 480, fill=AMBER, outline=AMBER)
    d.text((600, 630), "?", font=_font(760), fill=INK, anchor="mm")


def reply(d):
    _bubble(d, (120, 160, 1080, 780), [(760, 760), (920, 760), (980, 1000)], LIGHT_BLUE)
    for y, end in ((330, 920), (460, 920), (590, 700)):
        d.line((280, y, end, y), fill=INK, width=50)


def instead(d):
    d.rectangle((560, 230, 640, 1110), fill=INK)
    d.polygon([(200, 260), (900, 260), (1060, 390), (900, 520), (200, 520)], fill=GREEN,
              outline=INK, width=W)
    d.polygon([(1000, 600), (300, 600), (140, 730), (300, 860), (1000, 860)], fill=BLUE,
              outline=INK, width=W)
    d.rectangle((470, 1080, 730, 1140), fill=INK)


def change(d):
    box = (190, 190, 1010, 1010)
    d.arc(box, 195, 325, fill=GREEN, width=130)
    d.arc(box, 15, 145, fill=BLUE, width=130)
    # arrow heads where each arc ends, pointing on round the circle (clockwise)
    for angle, colour in ((325, GREEN), (145, BLUE)):
        a = math.radians(angle)
        x, y = 600 + 345 * math.cos(a), 600 + 345 * math.sin(a)
        ahead = a + math.pi / 2
        tip = (x + 230 * math.cos(ahead), y + 230 * math.sin(ahead))
        outer = (x + 170 * math.cos(a), y + 170 * math.sin(a))
        inner = (x - 170 * math.cos(a), y - 170 * math.sin(a))
        d.polygon([tip, outer, inner], fill=colour)


def waiting(d):
    d.rectangle((300, 120, 900, 200), fill=INK)
    d.rectangle((300, 1000, 900, 1080), fill=INK)
    d.polygon([(360, 200), (840, 200), (640, 600), (840, 1000), (360, 1000), (560, 600)],
              fill=WHITE, outline=INK, width=W)
    d.polygon([(450, 330), (750, 330), (600, 560)], fill=AMBER)
    d.polygon([(600, 760), (790, 975), (410, 975)], fill=AMBER)


def calendar(d):
    d.rounded_rectangle((170, 230, 1030, 1050), radius=50, fill=WHITE, outline=INK, width=W)
    d.rounded_rectangle((170, 230, 1030, 420), radius=50, fill=RED, outline=INK, width=W)
    for x in (380, 820):
        d.rounded_rectangle((x - 35, 140, x + 35, 320), radius=30, fill=INK)
    for row in range(3):
        for col in range(4):
            x, y = 280 + col * 190, 500 + row * 170
            fill = GREEN if (row, col) == (1, 2) else GREY
            d.rounded_rectangle((x, y, x + 120, y + 110), radius=16, fill=fill)


def next_(d):
    _arrow(d, (130, 600), (1100, 600), BLUE, width=230, head=470)


def phone(d):
    # an old-style telephone: base, dial and handset
    d.polygon([(250, 560), (950, 560), (1060, 1000), (140, 1000)], fill=RED, outline=INK,
              width=W)
    _circle(d, 600, 780, 160, fill=WHITE)
    _circle(d, 600, 780, 50, fill=INK, outline=INK)
    d.rounded_rectangle((170, 330, 1030, 450), radius=60, fill=RED, outline=INK, width=W)
    for x0 in (140, 820):
        d.rounded_rectangle((x0, 380, x0 + 240, 540), radius=50, fill=RED, outline=INK,
                            width=W)


def not_happy(d):
    _circle(d, 470, 680, 400, fill=YELLOW)
    _circle(d, 340, 600, 50, fill=INK, outline=INK)
    _circle(d, 600, 600, 50, fill=INK, outline=INK)
    d.arc((300, 760, 640, 1000), 200, 340, fill=INK, width=50)
    _bubble(d, (760, 70, 1150, 400), [(800, 380), (900, 380), (760, 470)], WHITE)
    d.text((955, 240), "!", font=_font(280), fill=RED, anchor="mm")


def thank_you(d):
    # the classic heart curve: x = 16 sin^3 t, y = 13 cos t - 5 cos 2t - 2 cos 3t - cos 4t
    points = []
    for step in range(240):
        t = 2 * math.pi * step / 240
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((600 + 30 * x, 560 - 30 * y))
    d.polygon(points, fill=RED, outline=INK, width=W)


def not_sure(d):
    # a face that is thinking: eyes, a level mouth, and a question mark beside it
    _circle(d, 520, 640, 420, fill=YELLOW)
    for x in (390, 650):
        _circle(d, x, 560, 45, fill=INK, outline=INK)
    d.line((380, 800, 660, 800), fill=INK, width=50)
    _circle(d, 1000, 300, 180, fill=GREY)
    d.text((1000, 315), "?", font=_font(300), fill=INK, anchor="mm")


PICTURES = {
    "letter": letter, "meeting": meeting, "told_us": told_us, "yes": yes, "some": some,
    "not_now": not_now, "no": no, "passed_on": passed_on, "why": why, "reply": reply,
    "instead": instead, "change": change, "waiting": waiting, "calendar": calendar,
    "next": next_, "phone": phone, "not_happy": not_happy, "thank_you": thank_you,
    "not_sure": not_sure,
}


def main() -> None:
    for name, draw in PICTURES.items():
        image, d = _new()
        draw(d)
        image.resize((OUT, OUT), Image.Resampling.LANCZOS).save(HERE / f"{name}.png",
                                                                 optimize=True)
    print(f"Drew {len(PICTURES)} pictures in {HERE}")


if __name__ == "__main__":
    main()
