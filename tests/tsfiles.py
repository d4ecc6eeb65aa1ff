"""Helpers for the translation tests: .ts files read, lupdate run, the code scanned for texts."""

from __future__ import annotations

import ast
import importlib.util
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from knotimer.app.languages import Language

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "assets" / "translations"
SOURCES = REPO / "src" / "knotimer"

PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # str.format fields, kept in every translation
PERCENT_N = re.compile(r"%L?n")
TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>")
ACCELERATOR = re.compile(r"&(?!&|[a-zA-Z]+;|#)(.)")  # '&File' (not '&&' or '&amp;')


def updater() -> ModuleType:
    """assets/translations/update.py as a module: the very code ``make translations`` runs."""
    spec = importlib.util.spec_from_file_location("update", TRANSLATIONS / "update.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str | None
    numerus: bool
    forms: tuple[str, ...]  # the translation, or its plural forms
    state: str | None  # None (finished), 'unfinished', 'vanished', 'obsolete'

    @property
    def key(self) -> tuple[str, str, str | None]:
        """What identifies the message: context, source and comment."""
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    messages = []
    root = ET.parse(path).getroot()  # noqa: S314 (the project's own files, not untrusted input)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    numerus,
                    forms,
                    translation.get("type"),
                )
            )
    return messages


def ts_language(path: Path) -> str:
    """The language a .ts file says it is in ('de')."""
    return ET.parse(path).getroot().get("language") or ""  # noqa: S314 (the project's own)


@dataclass(frozen=True)
class Found:
    """A translatable text as Python's own parser sees it in the code."""

    context: str
    source: str
    comment: str | None
    numerus: bool
    where: str


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Scanner(ast.NodeVisitor):
    """Collects translate/tr calls, and what lupdate or Qt at run time would get wrong."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Found] = []
        self.problems: list[str] = []
        self.tr_classes: set[str] = set()  # classes that call self.tr
        self.bases: dict[str, list[str]] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        where = f"{self.path.relative_to(REPO)}:{node.lineno}"
        if isinstance(func, ast.Attribute) and func.attr == "translate":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "QApplication"):
                self._translate(node, where)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            self._tr(node, func.value, where)
        self.generic_visit(node)

    def _translate(self, node: ast.Call, where: str) -> None:
        if self.classes[-1:] == ["Counts"]:
            return  # Counts.tr itself: it passes on the literal text of each Counts.tr call
        args = node.args
        context, source = (_literal(a) for a in args[:2]) if len(args) >= 2 else (None, None)
        if context is None or source is None or node.keywords:
            self.problems.append(f"{where}: translate() without literal context and text")
            return
        if len(args) > 3:
            self.problems.append(
                f"{where}: QCoreApplication.translate(..., n): lupdate misses n; use Counts.tr"
            )
        comment = _literal(args[2]) if len(args) > 2 else None
        self.found.append(Found(context, source, comment, False, where))

    def _tr(self, node: ast.Call, owner: ast.expr, where: str) -> None:
        source = _literal(node.args[0]) if node.args else None
        if source is None or node.keywords:
            self.problems.append(f"{where}: tr() without a literal text")
            return
        if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
            context = self.classes[-1]
            self.tr_classes.add(context)
        elif isinstance(owner, ast.Name) and owner.id == "Counts":
            context = "Counts"
        else:
            self.problems.append(
                f"{where}: tr() on {ast.unparse(owner)}: lupdate takes its name as the context, "
                "Qt at run time the object's class"
            )
            return
        comment = _literal(node.args[1]) if len(node.args) > 1 else None
        self.found.append(Found(context, source, comment, len(node.args) > 2, where))


def scan_code(root: Path = SOURCES) -> tuple[list[Found], list[str]]:
    """Every text in translate/tr calls under ``root``, and the calls that would go wrong."""
    found: list[Found] = []
    problems: list[str] = []
    tr_classes: set[str] = set()
    bases: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += scanner.found
        problems += scanner.problems
        tr_classes |= scanner.tr_classes
        bases |= scanner.bases
    # self.tr looks up the *object's* class at run time: a subclass would miss the texts.
    for name, parents in sorted(bases.items()):
        for parent in parents:
            if parent in tr_classes:
                problems.append(f"class {name} inherits {parent}'s self.tr texts under its name")
    return found, problems


def lupdate_messages(folder: Path, code: str = "xx") -> list[Message]:
    """What pyside6-lupdate finds in the code now, read into a fresh .ts in ``folder``."""
    target = folder / f"knotimer_{code}.ts"
    updater().lupdate(target)
    return read_ts(target)


def plural_rule(language: str, forms: int, folder: Path) -> dict[int, set[int]]:
    """Which numbers (0-1000) Qt gives each of a language's plural forms, by a probe .qm."""
    probe = folder / f"probe_{language}_{forms}.ts"
    numerus = "".join(f"<numerusform>form{i}</numerusform>" for i in range(forms))
    probe.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}"><context><name>probe</name>'
        f'<message numerus="yes"><source>%n</source><translation>{numerus}</translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    qm = updater().lrelease(probe)
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    chosen: dict[int, set[int]] = {}
    for n in range(1001):
        form = translator.translate("probe", "%n", None, n)
        chosen.setdefault(int(form.removeprefix("form")), set()).add(n)
    return chosen


@contextmanager
def installed_language(
    code: str, folder: Path | None = None, system: str | None = None
) -> Iterator[Language]:
    """The app's own start-up path for ``code`` ('' for the system's), undone afterwards."""
    from PySide6.QtCore import QLocale, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from knotimer.app.languages import store_language
    from knotimer.ui.start.translations import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    previous = QLocale()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    store_language(settings, code)
    try:
        yield install_translations(
            app, settings, folder, QLocale(system) if system is not None else None
        )
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(previous)
