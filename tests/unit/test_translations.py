"""Translations: every tr() text is in every .ts file, finished, with the source's placeholders; the
.ts files are up to date; lrelease compiles them; the core's messages go through the hook."""

from __future__ import annotations

import ast
import string
import subprocess
import textwrap
from collections import Counter
from pathlib import Path

import i18n_update
import package
import pytest

from apt_cropland.plugin.core import i18n as core_i18n
from apt_cropland.plugin.core.errors import AptInputError
from apt_cropland.plugin.core.imagery.reader import parse_bands

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "i18n").glob("apt_cropland_*.ts"))


@pytest.fixture(scope="module")
def code() -> dict:
    return i18n_update.extract(ROOT)


def placeholders(text: str) -> Counter:
    """``{name!r:spec}`` fields of a str.format template, as (name, conversion, spec)."""
    return Counter((name, conversion, spec) for _, name, spec, conversion in string.Formatter().parse(text)
                   if name is not None)


def test_the_four_languages_have_a_ts_file():
    assert {p.stem.split("_", 2)[2] for p in TS_FILES} >= set(i18n_update.LANGUAGES)
    assert set(i18n_update.LANGUAGES) == {"zh_CN", "fr", "es", "pt_BR"}


def test_strings_are_collected_from_core_gui_processing_and_plugin(code):
    files = {path for message in code.values() for path, _ in message.locations}
    for folder in ("plugin/core/", "plugin/gui/", "plugin/processing/"):
        assert any(f.startswith(folder) for f in files), folder
    assert "plugin/plugin.py" in files
    for text in ("Auto-prompt cropland", "&APT Cropland", "Prompts: tile {index}/{count}",
                 "no cropland in the land cover here", "The image has bands 1 to {count}; band {band} does not exist."):
        assert text in code
    assert len(code) > 200


@pytest.mark.parametrize("language", i18n_update.LANGUAGES)
def test_every_tr_text_has_a_finished_translation(code, language):
    messages = i18n_update.read_ts(i18n_update.ts_path(language))
    missing = [s for s in code if s not in messages]
    unfinished = [s for s in code if s in messages and (messages[s].kind or not messages[s].translation.strip())]
    assert missing == [] and unfinished == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_translations_keep_the_source_placeholders_and_accelerators(ts):
    for source, message in i18n_update.read_ts(ts).items():
        if not message.translation:
            continue
        assert placeholders(message.translation) == placeholders(source), (ts.name, source)
        assert message.translation.count("&") == source.count("&"), (ts.name, source)
        assert message.translation.count("\n") == source.count("\n"), (ts.name, source)
        if source.startswith(" "):  # a suffix (" m", " (default)"): keep it apart from what it follows
            assert message.translation.startswith((" ", "（")), (ts.name, source)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_translations_format_like_their_source(ts):
    """Every translation takes the values its source takes (str.format raises on a broken field)."""
    values = {"size": 1234, "expected": 5678, "done": 99, "memory": 7.5, "1": 2.5, "2": 3.5}
    for source, message in i18n_update.read_ts(ts).items():
        parsed = [(name, spec) for _, name, spec, _ in string.Formatter().parse(source) if name]
        fields = [name for name, _ in parsed]
        numeric = {name for name, spec in parsed if spec and spec[-1] in "dfFeEgG%n,"}  # {oa:.4f}, {n:,}
        positional = [values.get(n, 1.5) for n in sorted({n for n in fields if n.isdigit()}, key=int)]
        named = {n: values.get(n, 1.5 if n in numeric else "x") for n in fields if not n.isdigit()}
        assert message.translation.format(*positional, **named)


def test_ts_files_are_up_to_date(capsys):
    assert i18n_update.main(["--check"]) == 0, capsys.readouterr().err


def test_ts_files_are_what_the_extractor_writes(code):
    for ts in TS_FILES:
        language = ts.stem[len(i18n_update.PREFIX):]
        rendered = i18n_update.render_ts(language, i18n_update.merge(code, i18n_update.read_ts(ts)))
        written = ts.read_text(encoding="utf-8")
        assert i18n_update.without_locations(rendered) == i18n_update.without_locations(written)
        assert '<TS version="2.1"' in written and f"<name>{i18n_update.CONTEXT}</name>" in written


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_lrelease_compiles_every_translation(ts, tmp_path):
    lrelease = package.find_lrelease()
    if lrelease is None:
        pytest.skip("lrelease is not installed (make setup installs qttools5-dev-tools)")
    done = subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "out.qm")], capture_output=True, text=True)
    assert done.returncode == 0 and (tmp_path / "out.qm").stat().st_size > 0, done.stdout + done.stderr
    current = sum(1 for m in i18n_update.read_ts(ts).values() if m.kind != "vanished")
    assert f"Generated {current} translation(s) ({current} finished and 0 unfinished)" in done.stdout, done.stdout
    assert "warning" not in (done.stdout + done.stderr).lower() and "error" not in done.stderr.lower()


# ---- the extractor ---------------------------------------------------------------------------
def _extract(tmp_path, source: str):
    path = tmp_path / "plugin" / "snippet.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return i18n_update.extract_file(path, tmp_path)


def test_extractor_collects_literals_with_their_lines(tmp_path):
    found, errors = _extract(tmp_path, """\
        a = tr("One")
        b = self.tr(
            "Two {n} "
            "joined"
        ).format(n=2)
        c = tr('One')
    """)
    assert errors == []
    assert found == [("One", "plugin/snippet.py", 1), ("Two {n} joined", "plugin/snippet.py", 2),
                     ("One", "plugin/snippet.py", 6)]


@pytest.mark.parametrize(
    "call, message",
    [('tr(f"tile {i}")', "f-string"), ("tr(text)", "not a string literal"), ('tr("a" + b)', "not a string literal"),
     ('tr("a", "Other")', "context"), ("tr()", "without a text"), ('tr("  ")', "empty")],
)
def test_extractor_refuses_texts_it_cannot_look_up(tmp_path, call, message):
    found, errors = _extract(tmp_path, f"x = {call}\n")
    assert found == [] and len(errors) == 1 and message in errors[0] and "plugin/snippet.py:1" in errors[0]


def test_update_keeps_translations_marks_new_unfinished_and_old_vanished(tmp_path):
    old = {
        "Kept": i18n_update.Message("Kept", [], "Gardé"),
        "Draft": i18n_update.Message("Draft", [], "Brouillon", "unfinished"),
        "Gone": i18n_update.Message("Gone", [], "Parti"),
    }
    code = {s: i18n_update.Message(s, [("plugin/x.py", n)]) for n, s in enumerate(("Kept", "Draft", "New & <b>"), 1)}
    merged = i18n_update.merge(code, old)
    assert [(m.source, m.translation, m.kind) for m in merged] == [
        ("Kept", "Gardé", None), ("Draft", "Brouillon", "unfinished"), ("New & <b>", "", "unfinished"),
        ("Gone", "Parti", "vanished"),
    ]
    assert [m.source for m in i18n_update.merge(code, old, keep_obsolete=False)] == ["Kept", "Draft", "New & <b>"]
    ts = tmp_path / "apt_cropland_fr.ts"
    ts.write_text(i18n_update.render_ts("fr", merged), encoding="utf-8")
    again = i18n_update.read_ts(ts)
    assert {s: (m.translation, m.kind) for s, m in again.items()} == {m.source: (m.translation, m.kind) for m in merged}
    assert '<location filename="../plugin/x.py" line="3"/>' in ts.read_text(encoding="utf-8")
    assert i18n_update.render_ts("fr", i18n_update.merge(code, again)) == ts.read_text(encoding="utf-8")


def test_check_fails_on_a_new_string_and_make_translations_fixes_it(tmp_path, capsys):
    (tmp_path / "__init__.py").write_text('tr("Hello")\n', encoding="utf-8")
    (tmp_path / "plugin").mkdir()
    (tmp_path / "plugin" / "a.py").write_text('x = tr("Hello")\n', encoding="utf-8")
    assert i18n_update.main([], root=tmp_path) == 0  # creates the four files, every string unfinished
    assert sorted(p.name for p in (tmp_path / "i18n").iterdir()) == sorted(
        f"apt_cropland_{lang}.ts" for lang in i18n_update.LANGUAGES)
    assert i18n_update.main(["--check"], root=tmp_path) == 0
    (tmp_path / "plugin" / "a.py").write_text('\n\nx = tr("Hello")\ny = tr("New {n}")\n', encoding="utf-8")
    capsys.readouterr()
    assert i18n_update.main(["--check"], root=tmp_path) == 1
    assert "+ 'New {n}'" in capsys.readouterr().err
    assert i18n_update.main(["--add", "de"], root=tmp_path) == 0
    assert i18n_update.main(["--check"], root=tmp_path) == 0
    de = i18n_update.read_ts(tmp_path / "i18n" / "apt_cropland_de.ts")
    assert set(de) == {"Hello", "New {n}"} and all(m.kind == "unfinished" for m in de.values())
    (tmp_path / "plugin" / "a.py").write_text('x = tr("Hello")\ny = tr("New {n}")\n', encoding="utf-8")
    assert i18n_update.main(["--check"], root=tmp_path) == 0  # line numbers alone: not an error
    assert "only line numbers" in capsys.readouterr().out
    (tmp_path / "plugin" / "a.py").write_text("y = tr(f'{n}')\n", encoding="utf-8")
    assert i18n_update.main(["--check"], root=tmp_path) == 1
    assert "f-string" in capsys.readouterr().err


# ---- the core's hook -------------------------------------------------------------------------
@pytest.fixture
def translator_hook():
    saved = core_i18n._translator
    yield core_i18n.set_translator
    core_i18n.set_translator(saved)


def test_core_messages_are_english_without_a_translator_and_translated_with_one(translator_hook):
    translator_hook(None)
    with pytest.raises(AptInputError, match="band numbers separated by commas") as english:
        parse_bands("x")
    assert "'x'" in str(english.value)
    translator_hook(lambda text: {"Bands must be band numbers separated by commas, like '1,2,3'; got {text!r}.":
                                  "Bandes : {text!r} ?"}.get(text, ""))
    with pytest.raises(AptInputError) as translated:
        parse_bands("x")
    assert str(translated.value) == "Bandes : 'x' ?"
    assert core_i18n.tr("not in the table") == "not in the table"  # an empty answer keeps the English


def _calls_tr(node: ast.AST) -> bool:
    return any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "tr" for c in ast.walk(node))


def _message_builders(tree: ast.AST) -> set[str]:
    """The functions of a file that build a message: every value they return comes from tr()."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            returns = [r.value for r in ast.walk(node) if isinstance(r, ast.Return)]
            if returns and all(value is not None and _calls_tr(value) for value in returns):
                names.add(node.name)
    return names


def _raises_a_translated_message(node: ast.Call, builders: frozenset[str] = frozenset()) -> bool:
    """The message of an AptInputError/AptCancelledError is built by tr() (here, or by a function of the
    same file that builds its messages with tr()), or passed in (already translated)."""
    if not node.args:
        return False
    arg = node.args[0]
    if _calls_tr(arg):
        return True
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id in builders:
        return True
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "str":
        return True  # str(exc): an error that was translated where it was raised
    return isinstance(arg, ast.Name) or (
        isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and isinstance(arg.func.value, ast.Name)
    )


def test_every_error_the_analyst_sees_is_translated():
    untranslated = []
    for path in i18n_update.source_files(ROOT):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        builders = frozenset(_message_builders(tree))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("AptInputError", "AptCancelledError", "QgsProcessingException")
                    and not _raises_a_translated_message(node, builders)):
                untranslated.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert untranslated == []


def test_the_untranslated_error_check_sees_a_message_builder_without_tr():
    """The check itself: a helper that returns an English f-string does not count as translated."""
    source = ("def good(x):\n    return tr('a {x}').format(x=x)\n"
              "def bad(x):\n    return f'a {x}'\n"
              "raise AptInputError(good(1))\nraise AptInputError(bad(1))\n")
    tree = ast.parse(source)
    builders = frozenset(_message_builders(tree))
    raised = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "AptInputError"]
    assert [_raises_a_translated_message(n, builders) for n in raised] == [True, False]
