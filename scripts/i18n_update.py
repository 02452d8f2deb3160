#!/usr/bin/env python3
"""Update the Qt Linguist sources ``i18n/apt_cropland_<lang>.ts`` from the plugin's ``tr()`` calls.

Every user-facing string goes through ``tr("literal")`` (``plugin/toolbelt/i18n.py`` in the QGIS-facing
code, ``plugin/core/i18n.py`` in the core) and is translated in ONE context, ``AptCropland``.
This script parses ``__init__.py`` and every ``plugin/**/*.py`` with ``ast`` (nothing is imported),
collects the literal first argument of each call to ``tr(...)`` or ``<obj>.tr(...)`` with its
file and line, and writes each ``.ts`` file (TS 2.1, as ``lupdate`` writes it):

- translations already there are kept, whatever the code around them does;
- new strings get ``<translation type="unfinished"/>`` for a translator to fill in;
- strings no longer in the code are kept as ``type="vanished"`` (so a translation can be reused
  if the string comes back), or dropped with ``--no-obsolete``.

A ``tr()`` call whose first argument is not a plain string literal (a variable, an f-string, a
concatenation) is an error: its text could not be looked up. Values go in after translation:
``tr("Tile {index}/{count}").format(index=i, count=n)``.

Why not ``pylupdate5``: for a bare ``tr()`` call it assigns the name of the enclosing class as the
context (``AptCroplandDock``, ``AutoPromptAlgorithm``...), while the plugin translates everything
in the context "AptCropland" (``QCoreApplication.translate("AptCropland", text)``), so the
translations it extracts would never be found at run time; it also misses ``tr`` imported under
the core's hook. pyside/Qt 6 ``lupdate`` has the same class-context rule.

Usage (``make translations`` runs the first with ``--release``):

    python3 scripts/i18n_update.py              update the .ts files of every language
    python3 scripts/i18n_update.py --release    ... and compile i18n/*.qm (git-ignored) with lrelease,
                                                so a checkout linked into QGIS is translated too
    python3 scripts/i18n_update.py --add de     start a new language (then translate it in Qt Linguist)
    python3 scripts/i18n_update.py --check      change nothing; exit 1 if updating would change what a .ts
                                                file says: a string of the code missing, one the code dropped
                                                still current, a translation state (what ``make test`` runs).
                                                Line numbers alone going stale are reported, not an error, so
                                                an edit above a tr() call does not need a .ts commit.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
CONTEXT = "AptCropland"
PREFIX = "apt_cropland_"
LANGUAGES = ("zh_CN", "fr", "es", "pt_BR")  # always present and complete (tests/unit/test_translations.py)
FUNCTION = "tr"


@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    kind: str | None = None  # None (finished), "unfinished" or "vanished"
    comment: str = ""  # <translatorcomment>, kept as it is


class ExtractError(Exception):
    """A tr() call whose text cannot be collected."""


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python files whose tr() calls are translated: the entry point and the plugin package."""
    files = [root / "__init__.py"] + sorted((root / "plugin").rglob("*.py"))
    return [f for f in files if f.is_file() and "__pycache__" not in f.parts]


def _is_tr_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == FUNCTION) or (
        isinstance(func, ast.Attribute) and func.attr == FUNCTION
    )


def extract_file(path: Path, root: Path = ROOT) -> tuple[list[tuple[str, str, int]], list[str]]:
    """``([(text, relative path, line)], [errors])`` for the tr() calls of one file."""
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found, errors = [], []
    for node in ast.walk(tree):
        if not _is_tr_call(node):
            continue
        where = f"{rel}:{node.lineno}"
        if not node.args:
            errors.append(f"{where}: tr() without a text")
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            what = "an f-string" if isinstance(first, ast.JoinedStr) else "not a string literal"
            errors.append(f"{where}: the text of tr() is {what}; use tr(\"... {{name}} ...\").format(name=...)")
            continue
        if len(node.args) > 1 or node.keywords:
            errors.append(f"{where}: tr() with a context; every string is in the context {CONTEXT!r}")
            continue
        if not first.value.strip():
            errors.append(f"{where}: tr() of an empty text")
            continue
        found.append((first.value, rel, node.lineno, node.col_offset))
    found.sort(key=lambda item: (item[2], item[3]))
    return [(text, rel, line) for text, rel, line, _ in found], errors


def extract(root: Path = ROOT) -> dict[str, Message]:
    """Every translatable text of the plugin, in order of first appearance, with its locations."""
    messages: dict[str, Message] = {}
    errors: list[str] = []
    for path in source_files(root):
        found, bad = extract_file(path, root)
        errors += bad
        for text, rel, line in found:
            messages.setdefault(text, Message(text)).locations.append((rel, line))
    if errors:
        raise ExtractError("\n".join(errors))
    return messages


def read_ts(path: Path) -> dict[str, Message]:
    """The messages of the plugin's context in an existing .ts file (empty if there is none)."""
    if not path.is_file():
        return {}
    messages: dict[str, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for node in context.iter("message"):
            source = node.findtext("source") or ""
            translation = node.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = None if translation is None else translation.get("type")
            if kind == "obsolete":
                kind = "vanished"
            messages[source] = Message(source, [], text, kind, node.findtext("translatorcomment") or "")
    return messages


def merge(code: dict[str, Message], old: dict[str, Message], keep_obsolete: bool = True) -> list[Message]:
    """The code's messages with the translations of ``old``; then ``old``'s vanished ones."""
    merged = []
    for source, message in code.items():
        before = old.get(source)
        if before is None or not before.translation.strip():
            kind = "unfinished"
        else:
            kind = "unfinished" if before.kind == "unfinished" else None
        merged.append(Message(source, message.locations, before.translation if before else "", kind,
                              before.comment if before else ""))
    if keep_obsolete:
        for source, before in old.items():
            if source not in code and before.translation.strip():
                merged.append(Message(source, [], before.translation, "vanished", before.comment))
    return merged


def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&apos;")


def render_ts(language: str, messages: list[Message]) -> str:
    """A TS 2.1 document, laid out like lupdate's (locations relative to the i18n folder)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for m in messages:
        lines.append("    <message>")
        for rel, line in m.locations:
            lines.append(f'        <location filename="../{_escape(rel)}" line="{line}"/>')
        lines.append(f"        <source>{_escape(m.source)}</source>")
        if m.comment:
            lines.append(f"        <translatorcomment>{_escape(m.comment)}</translatorcomment>")
        kind = f' type="{m.kind}"' if m.kind else ""
        lines.append(f"        <translation{kind}>{_escape(m.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{PREFIX}{language}.ts"


def languages(folder: Path = I18N, extra: tuple[str, ...] = ()) -> list[str]:
    """The required languages, those with a .ts file already, and any being added."""
    found = [p.stem[len(PREFIX):] for p in sorted(folder.glob(f"{PREFIX}*.ts"))]
    return list(dict.fromkeys([*LANGUAGES, *found, *extra]))


_LOCATION = re.compile(r"^\s*<location [^>]*/>\n", re.MULTILINE)


def without_locations(text: str) -> str:
    return _LOCATION.sub("", text)


def semantics(messages) -> dict[str, tuple[str, str | None]]:
    """What a .ts file says, without its layout and line numbers: source -> (translation, state)."""
    return {m.source: (m.translation, m.kind) for m in messages}


def stats(messages: list[Message]) -> str:
    current = [m for m in messages if m.kind != "vanished"]
    unfinished = sum(1 for m in current if m.kind == "unfinished")
    vanished = len(messages) - len(current)
    return f"{len(current)} strings, {unfinished} unfinished, {vanished} vanished"


def compile_qm(ts_files: list[Path]) -> list[Path]:
    """``lrelease`` each .ts into a .qm beside it (for running the plugin from this checkout)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from package import find_lrelease

    lrelease = find_lrelease()
    if lrelease is None:
        print("i18n: lrelease not found (make setup installs qttools5-dev-tools): no .qm compiled", file=sys.stderr)
        return []
    done = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        proc = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"i18n: lrelease failed on {ts}:\n{proc.stdout}{proc.stderr}")
        done.append(qm)
    return done


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a .ts file is out of date")
    parser.add_argument("--add", action="append", default=[], metavar="LANG", help="start a new language (e.g. de)")
    parser.add_argument("--no-obsolete", action="store_true", help="drop strings the code no longer has")
    parser.add_argument("--release", action="store_true", help="also compile i18n/*.qm with lrelease")
    args = parser.parse_args(argv)
    folder = root / "i18n"
    try:
        code = extract(root)
    except ExtractError as err:
        print(f"i18n: tr() calls that cannot be translated:\n{err}", file=sys.stderr)
        return 1
    stale, moved = [], []
    for language in languages(folder, tuple(args.add)):
        path = ts_path(language, folder)
        name = path.relative_to(root)
        old = read_ts(path)
        merged = merge(code, old, keep_obsolete=not args.no_obsolete)
        new_text = render_ts(language, merged)
        if path.is_file() and new_text == path.read_text(encoding="utf-8"):
            print(f"i18n: {name} up to date ({stats(merged)})")
        elif args.check and path.is_file() and semantics(old.values()) == semantics(merged):
            moved.append(str(name))
        elif args.check:
            missing = [s for s in code if s not in old or old[s].kind == "vanished"]
            dropped = [s for s, m in old.items() if s not in code and m.kind != "vanished"]
            what = (f"{len(missing)} string(s) of the code missing, {len(dropped)} dropped from the code still "
                    "current" if missing or dropped or not old else "translation states differ")
            stale.append(f"{name}: {what}" + "".join(f"\n    + {s[:90]!r}" for s in missing[:10])
                         + "".join(f"\n    - {s[:90]!r}" for s in dropped[:10]))
        else:
            folder.mkdir(exist_ok=True)
            path.write_text(new_text, encoding="utf-8")
            print(f"i18n: wrote {name} ({stats(merged)})")
    if moved:
        print(f"i18n: only line numbers or layout changed in {', '.join(moved)} (make translations refreshes them)")
    if stale:
        print("i18n: the .ts files are out of date; run make translations, then translate the new strings:\n"
              + "\n".join(stale), file=sys.stderr)
        return 1
    if args.release and not args.check:
        qm = compile_qm([ts_path(lang, folder) for lang in languages(folder)])
        if qm:
            print(f"i18n: compiled {len(qm)} .qm file(s) into {folder.relative_to(root)}/ (git-ignored)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
