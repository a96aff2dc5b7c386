#!/usr/bin/env python3
"""Checks the print version's PDF for near-empty pages.

Reads the PDF Chromium prints from print.html (Python standard library only: the page streams are
inflated with zlib and glyphs mapped back to text through each font's ToUnicode map), measures how
much text each page holds, and fails when a page holds less than a third of a typical full page
unless it is a chapter end (the next page starts a new section: its first words are a page kicker
such as "ROUND 9 ANNUAL REPORT" or "THEME 3 OF 10") or the cover or back cover. A blank page (nothing
but its number) always fails.

    python3 scripts/print-page-fill.py print.pdf [--kicker WORD ...]

Prints one line per page (`page N: C characters`), then `short_pages=N`, and exits 1 when N > 0.
"""
import re
import sys
import zlib


def objects(data):
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb'(\d+) 0 obj(.*?)endobj', data, re.S)}


def stream(body):
    match = re.search(rb'stream\r?\n(.*?)\r?\nendstream', body, re.S)
    if not match:
        return b''
    raw = match.group(1)
    try:
        return zlib.decompress(raw) if b'FlateDecode' in body[:match.start()] else raw
    except zlib.error:
        return b''


def reference(body, key):
    match = re.search(rb'/' + key + rb'\s+(\d+) 0 R', body)
    return int(match.group(1)) if match else None


class Fonts:
    """Glyph id to text, per font object, from its ToUnicode CMap."""

    def __init__(self, objs):
        self.objs = objs
        self.maps = {}

    def text(self, font, hexdigits):
        if font not in self.maps:
            mapping = {}
            cmap = reference(self.objs.get(font, b''), b'ToUnicode')
            source = stream(self.objs[cmap]) if cmap else b''
            for block in re.findall(rb'beginbfchar(.*?)endbfchar', source, re.S):
                for glyph, text in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', block):
                    mapping[int(glyph, 16)] = bytes.fromhex(text.decode()).decode('utf-16-be', 'ignore')
            for block in re.findall(rb'beginbfrange(.*?)endbfrange', source, re.S):
                for first, last, start in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', block):
                    for offset, glyph in enumerate(range(int(first, 16), int(last, 16) + 1)):
                        mapping[glyph] = chr(int(start, 16) + offset)
            self.maps[font] = mapping
        width = 4 if len(hexdigits) % 4 == 0 else 2
        return ''.join(self.maps[font].get(int(hexdigits[i:i + width], 16), '') for i in range(0, len(hexdigits), width))


def page_texts(path):
    objs = objects(open(path, 'rb').read())
    kids = []
    for body in objs.values():
        if re.search(rb'/Type\s*/Pages', body):
            listed = re.search(rb'/Kids\s*\[(.*?)\]', body, re.S)
            if listed:
                kids += [int(n) for n in re.findall(rb'(\d+) 0 R', listed.group(1))]
    fonts = Fonts(objs)
    for number in kids:
        body = objs.get(number, b'')
        if not re.search(rb'/Type\s*/Page[^s]', body):
            continue
        resources = objs.get(reference(body, b'Resources'), body)
        listed = re.search(rb'/Font\s*<<(.*?)>>', resources, re.S)
        names = {name: int(n) for name, n in re.findall(rb'/(\w+)\s+(\d+) 0 R', listed.group(1))} if listed else {}
        content = stream(objs.get(reference(body, b'Contents'), b''))
        parts, font = [], None
        for token in re.finditer(rb'/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|(ET)', content):
            if token.group(1):
                font = names.get(token.group(1))
            elif token.group(2) is not None and font:
                parts.append(fonts.text(font, token.group(2).decode()))
            elif token.group(3):
                parts.append(' ')
        yield re.sub(r'\s+', ' ', ''.join(parts)).strip()


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    kickers = argv[argv.index('--kicker') + 1:] if '--kicker' in argv else ['ROUND', 'THEME']
    texts = list(page_texts(argv[1]))
    if not texts:
        print('no pages read from ' + argv[1], file=sys.stderr)
        return 2
    full = sorted(len(t) for t in texts)[len(texts) * 3 // 4]  # a typical full page: the upper quartile
    short = 0
    for index, text in enumerate(texts):
        words = text.split(' ', 2)
        nxt = texts[index + 1].split(' ')[1:2] if index + 1 < len(texts) else []
        chapter_end = index + 1 == len(texts) or (nxt and nxt[0] in kickers)
        cover = index == 0 or index + 1 == len(texts)
        # A page holding nothing but its number is a defect even before a new chapter.
        blank = len(text.strip('0123456789 ')) < 20
        is_short = (blank or len(text) < full / 3 and not chapter_end) and not cover
        short += is_short
        print('page %d: %d characters%s' % (index + 1, len(text), '  <- under a third full' if is_short else ''))
    print('short_pages=%d' % short)
    return 1 if short else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
