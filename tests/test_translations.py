"""The translation files: every text extracted, every .ts current and complete, every .qm built."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tsfiles import (
    ACCELERATOR,
    PERCENT_N,
    PLACEHOLDER,
    TAG,
    TRANSLATIONS,
    Message,
    lupdate_messages,
    plural_rule,
    read_ts,
    scan_code,
    ts_language,
    updater,
)

TS_FILES = sorted(TRANSLATIONS.glob("knotimer_*.ts"))
LANGUAGES = [path for path in TS_FILES if not path.stem.endswith("_en")]
ENGLISH = TRANSLATIONS / "knotimer_en.ts"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    return lupdate_messages(tmp_path_factory.mktemp("lupdate"))


def test_there_is_a_german_and_an_english_file() -> None:
    assert TRANSLATIONS / "knotimer_de.ts" in TS_FILES
    assert ENGLISH in TS_FILES


def test_the_code_calls_translate_only_in_ways_lupdate_and_qt_agree_on() -> None:
    found, problems = scan_code()
    assert problems == []
    assert len(found) > 450


def test_lupdate_extracts_every_text_the_code_translates(extracted: list[Message]) -> None:
    """Python's own parser and lupdate's must find the same texts (lupdate has blind spots)."""
    found, _ = scan_code()
    in_code = {(f.context, f.source, f.comment, f.numerus) for f in found}
    by_lupdate = {(m.context, m.source, m.comment, m.numerus) for m in extracted}
    missed = sorted(in_code - by_lupdate, key=str)
    assert missed == [], [
        f.where for f in found if (f.context, f.source, f.comment, f.numerus) in missed
    ]
    assert sorted(by_lupdate - in_code, key=str) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_each_ts_file_holds_exactly_the_code_s_texts(ts: Path, extracted: list[Message]) -> None:
    """Lupdate would add, change or drop nothing: run ``make translations`` when this fails."""
    wanted = {m.key for m in extracted if m.numerus or not ts.stem.endswith("_en")}
    have = read_ts(ts)
    assert {m.key for m in have} == wanted
    assert all(m.state not in ("vanished", "obsolete") for m in have)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_lupdate_leaves_each_ts_file_as_it_is(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    updater().lupdate(copy)
    assert read_ts(copy) == read_ts(ts)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_finished(ts: Path) -> None:
    unfinished = [m.source for m in read_ts(ts) if m.state is not None]
    assert unfinished == []
    empty = [m.source for m in read_ts(ts) if not all(m.forms)]
    assert empty == []


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], dict[int, set[int]]]:
    """Each language's plural rule as Qt applies it: form -> the numbers that take it."""
    folder = tmp_path_factory.mktemp("plurals")
    found = {}
    for ts in TS_FILES:
        for count in {len(m.forms) for m in read_ts(ts) if m.numerus}:
            found[ts_language(ts), count] = plural_rule(ts_language(ts), count, folder)
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_tags_and_accelerators(
    ts: Path, rules: dict[tuple[str, int], dict[int, set[int]]]
) -> None:
    wrong = []
    for message in read_ts(ts):
        fields = sorted(PLACEHOLDER.findall(message.source))
        keys = Counter(ACCELERATOR.findall(message.source))
        tags = sorted(TAG.findall(message.source))
        rule = rules[ts_language(ts), len(message.forms)] if message.numerus else {}
        for index, form in enumerate(message.forms):
            if sorted(PLACEHOLDER.findall(form)) != fields:
                wrong.append(f"placeholders: {form!r}")
            if len(ACCELERATOR.findall(form)) != sum(keys.values()):
                wrong.append(f"accelerator: {form!r}")
            if sorted(TAG.findall(form)) != tags:
                wrong.append(f"HTML tags: {form!r}")
            if (form[:1].isspace(), form[-1:].isspace()) != (
                message.source[:1].isspace(),
                message.source[-1:].isspace(),
            ):  # a suffix like ' s' keeps its space
                wrong.append(f"spaces around: {form!r}")
            if message.numerus:
                # '%n' may be left out only in a form that Qt uses for n = 1 alone.
                if not PERCENT_N.search(form) and rule.get(index) != {1}:
                    wrong.append(f"%n missing: {form!r}")
                if set(PERCENT_N.findall(form)) - set(PERCENT_N.findall(message.source)):
                    wrong.append(f"%n changed: {form!r}")
    assert wrong == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_each_qm_file_is_built_from_its_ts_file(
    ts: Path, rules: dict[tuple[str, int], dict[int, set[int]]]
) -> None:
    """The .qm says what the .ts says, message by message (``make translations`` builds it)."""
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run make translations"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.language() == ts_language(ts)
    stale = []
    for message in read_ts(ts):
        if message.numerus:
            rule = rules[ts_language(ts), len(message.forms)]
            assert set(rule) == set(range(len(message.forms))), message.source
            for form, numbers in rule.items():
                if message.forms[form] != translator.translate(
                    message.context, message.source, message.comment, min(numbers)
                ):
                    stale.append(message.source)
        elif (
            translator.translate(message.context, message.source, message.comment)
            != (message.forms[0])
        ):
            stale.append(message.source)
    assert stale == []


def test_each_qm_file_has_no_message_its_ts_file_lacks(tmp_path: Path) -> None:
    """Built again from the .ts, each .qm comes out the same size: nothing left over in it."""
    for ts in TS_FILES:
        rebuilt = updater().lrelease(ts, tmp_path / ts.with_suffix(".qm").name)
        assert rebuilt.stat().st_size == ts.with_suffix(".qm").stat().st_size, ts.name


def test_german_has_every_text_and_two_plural_forms() -> None:
    messages = read_ts(TRANSLATIONS / "knotimer_de.ts")
    assert ts_language(TRANSLATIONS / "knotimer_de.ts") == "de"
    assert len(messages) > 450
    assert all(len(m.forms) == 2 for m in messages if m.numerus)
    assert sum(m.numerus for m in messages) >= 20


def test_english_plurals_say_one_hold_and_two_holds() -> None:
    qm = ENGLISH.with_suffix(".qm")
    [holds] = [m for m in read_ts(ENGLISH) if m.key == ("Counts", "%Ln hold(s)", None)]
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Counts", "%Ln hold(s)", None, 1) == "%Ln hold"
    assert translator.translate("Counts", "%Ln hold(s)", None, 0) == "%Ln holds"
    assert translator.translate("Counts", "%Ln hold(s)", None, 2) == "%Ln holds"
    assert holds.forms == ("%Ln hold", "%Ln holds")
