#!/usr/bin/env python3
"""Makes src/main/resources/fonts/NotoSansSC-Regular-GB2312.ttf, the Chinese font the PDFs embed.

Debian's fonts-noto-cjk ships Noto Sans CJK as a collection of CFF-outlined OpenType fonts (56 MB), which
PDFBox cannot embed and the repository should not carry. This keeps the Simplified Chinese face, only the
characters of GB2312 (the 6,763 hanzi in common use, levels 1 and 2, with its punctuation and symbols) and
the CJK punctuation and full-width forms blocks, and turns the cubic outlines into TrueType ones.

    apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb cjk   # and apt-get install python3-fonttools
    python3 bin/fonts/noto-sans-sc-subset.py cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SIMPLIFIED_CHINESE = 2  # the face's index in NotoSansCJK-Regular.ttc
OUT = "src/main/resources/fonts/NotoSansSC-Regular-GB2312.ttf"


def gb2312():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([high, low]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (width, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def main(collection):
    font = TTFont(collection, fontNumber=SIMPLIFIED_CHINESE)
    unicodes = {c for c in gb2312() if c >= 0x2000}
    unicodes |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    options = subset.Options()
    options.layout_features = []  # horizontal Simplified Chinese only: no vertical or other locales' forms
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    to_truetype(font)
    font.save(OUT)


if __name__ == "__main__":
    main(sys.argv[1])
