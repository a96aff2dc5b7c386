#!/usr/bin/env python3
"""Writes Sources/AlmanacStarter/StarterFiles+Embedded.swift: the starter report `almanac new` writes.

The starter is examples/starter/ (its content/, README.md and .gitignore) with a copy of the default
templates/. Each file becomes a Swift raw string literal, or base64 when it is not UTF-8 text, so the
`almanac` binary carries the starter and needs no repository. Run it after changing either folder;
StarterFilesTests fails while the embedded copy differs from the files.
"""
import base64
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Sources", "AlmanacStarter", "StarterFiles+Embedded.swift")
SOURCES = [  # (folder in the repository, folder in the new report)
    ("examples/starter", ""),
    ("templates", "templates"),
]
SKIP = {".DS_Store"}


def starter_files():
    files = []
    for source, target in SOURCES:
        root = os.path.join(REPO, source)
        for folder, subfolders, names in os.walk(root):
            subfolders[:] = sorted(d for d in subfolders if not (source == "examples/starter" and folder == root and d == "output"))
            for name in sorted(names):
                if name in SKIP:
                    continue
                full = os.path.join(folder, name)
                relative = os.path.relpath(full, root).replace(os.sep, "/")
                files.append((f"{target}/{relative}" if target else relative, full))
    return sorted(files)


def literal(data):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None or "\r" in text or "\0" in text:
        return f'.base64("{base64.b64encode(data).decode("ascii")}")'
    hashes = "#"
    while f'"""{hashes}' in text or f'\\{hashes}' in text:
        hashes += "#"
    return f'.text({hashes}"""\n{text}\n"""{hashes})'


def main():
    lines = [
        "// Written by scripts/embed-starter.py from examples/starter/ and templates/: do not edit by hand.",
        "",
        "extension StarterFiles {",
        "    /// Every file of the starter report, by its path inside the new report's folder.",
        "    static let embedded: [StarterFile] = [",
    ]
    for path, full in starter_files():
        with open(full, "rb") as handle:
            data = handle.read()
        lines.append(f'        StarterFile(path: "{path}", contents: {literal(data)}),')
    lines += ["    ]", "}", ""]
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    print(f"wrote {os.path.relpath(OUTPUT, REPO)}: {len(starter_files())} files", file=sys.stderr)


if __name__ == "__main__":
    main()
