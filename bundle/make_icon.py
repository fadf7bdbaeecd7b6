"""Draw the app's icon: a speech bubble with a tick ("you said, we did").

``python -m bundle.make_icon`` writes bundle/icon/partapp.png, .ico (Windows) and .icns (macOS).
The files are kept in git, so a build needs no drawing library; run this only to change the icon.
Needs Pillow (``pip install pillow``).
"""

from __future__ import annotations

from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent / "icon"
SIZE = 1024
TEAL = (0, 105, 120, 255)
WHITE = (255, 255, 255, 255)
GREEN = (22, 130, 60, 255)


def draw(size: int = SIZE):
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    s = size / 1024
    pen.rounded_rectangle((32 * s, 32 * s, 992 * s, 992 * s), radius=200 * s, fill=TEAL)
    # the bubble, with its tail at the bottom left
    pen.rounded_rectangle((170 * s, 200 * s, 854 * s, 720 * s), radius=150 * s, fill=WHITE)
    pen.polygon([(280 * s, 660 * s), (250 * s, 860 * s), (470 * s, 700 * s)], fill=WHITE)
    # the tick
    pen.line([(330 * s, 460 * s), (460 * s, 590 * s), (700 * s, 330 * s)], fill=GREEN,
             width=int(95 * s), joint="curve")
    return image


def main() -> None:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256)).save(ICON_DIR / "partapp.png")
    image.save(ICON_DIR / "partapp.ico",
               sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    image.save(ICON_DIR / "partapp.icns")
    for path in sorted(ICON_DIR.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
