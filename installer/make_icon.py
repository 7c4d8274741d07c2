"""Draw the app icon with Pillow: a protective umbrella over a worker, on the programme's green.

    python installer/make_icon.py     # writes resources/icons/rentan.png (512 px) and rentan.ico

Drawn at 4x and scaled down for smooth edges; the .ico carries 16-256 px sizes for Windows.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE = 512
SCALE = 4
GREEN = (0, 122, 94, 255)
GREEN_DARK = (0, 86, 66, 255)
ORANGE = (255, 166, 0, 255)
WHITE = (255, 255, 255, 255)


def draw(size: int = SIZE) -> Image.Image:
    big = size * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)

    def s(v: float) -> int:
        return int(v * big / 100)

    d.rounded_rectangle([s(4), s(4), s(96), s(96)], radius=s(20), fill=GREEN)
    d.rounded_rectangle([s(4), s(60), s(96), s(96)], radius=s(20), fill=GREEN_DARK)
    d.rectangle([s(4), s(60), s(96), s(76)], fill=GREEN_DARK)
    # Umbrella canopy: a half disc with scalloped lower edge.
    d.pieslice([s(14), s(14), s(86), s(86)], 180, 360, fill=ORANGE)
    for i in range(4):
        left = s(14 + i * 18)
        d.ellipse([left, s(44), left + s(18), s(56)], fill=GREEN)
    d.rectangle([s(14), s(50), s(86), s(60)], fill=GREEN)
    # Shaft and hook.
    d.rectangle([s(48.5), s(14), s(51.5), s(78)], fill=WHITE)
    d.arc([s(38), s(70), s(52), s(86)], 0, 180, fill=WHITE, width=s(3))
    # The worker under it: head and shoulders.
    d.ellipse([s(27), s(55), s(39), s(67)], fill=WHITE)
    d.pieslice([s(21), s(68), s(45), s(92)], 180, 360, fill=WHITE)
    d.ellipse([s(61), s(55), s(73), s(67)], fill=WHITE)
    d.pieslice([s(55), s(68), s(79), s(92)], 180, 360, fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(ICONS / "rentan.png")
    image.save(ICONS / "rentan.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                            (256, 256)])
    print(f"wrote {ICONS / 'rentan.png'} and {ICONS / 'rentan.ico'}")


if __name__ == "__main__":
    main()
