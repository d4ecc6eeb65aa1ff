"""The application-menu entry: what --install-desktop-entry writes, and that it all goes again."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from knotimer.desktop import (
    DESKTOP_ID,
    ICON_SIZES,
    METAINFO_NAME,
    data_home,
    exec_argument,
    exec_line,
    install,
    launch_command,
    uninstall,
)
from knotimer.resources import asset

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEBIAN_PACKAGE = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def need_tool(name: str) -> str:
    """A validator's path; in CI a missing validator is a failure, elsewhere a skip."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {DEBIAN_PACKAGE[name]})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run must install it")
        pytest.skip(message)
    return path


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header chunk."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def tree(root: Path) -> set[str]:
    """Every file and folder below root, as relative paths."""
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def entry_values(text: str) -> dict[str, str]:
    """The keys of a desktop entry's main group."""
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def run_knotimer(*args: str, home: Path, program: list[str] | None = None) -> str:
    """Run the command with no display and its own XDG_DATA_HOME; its stdout."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_DATA_HOME"] = str(home)
    result = subprocess.run(
        [*(program or [sys.executable, "-m", "knotimer"]), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "xdg-data"
    folder.mkdir()
    return folder


def test_data_home_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert data_home() == tmp_path / "elsewhere"
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    for unusable in ("", "relative/share"):  # the spec says to ignore relative paths
        monkeypatch.setenv("XDG_DATA_HOME", unusable)
        assert data_home() == tmp_path / "me" / ".local" / "share"


def test_install_writes_every_file(home: Path) -> None:
    lines: list[str] = []
    assert install(home, ["/opt/knotimer/bin/knotimer"], lines.append) == 0

    entry = entry_values((home / "applications" / DESKTOP_ID).read_text(encoding="utf-8"))
    assert entry["Exec"] == "/opt/knotimer/bin/knotimer"
    assert entry["TryExec"] == "/opt/knotimer/bin/knotimer"
    assert entry["Icon"] == "knotimer"
    assert entry["Type"] == "Application"
    assert entry["StartupWMClass"] == "knotimer"  # Qt's WM_CLASS for knotimer's window
    assert entry["Comment[de]"].startswith("Einen Knoten auf der Wadenzeichnung markieren")
    assert entry["GenericName[de]"] == "Halte-Timer für die Massage"
    assert "Wade" in entry["Keywords[de]"].split(";")
    assert entry["Name[de]"] == "knotimer"
    for size in ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "knotimer.png"
        assert png_size(png.read_bytes()) == (size, size)
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / "knotimer.svg"
    assert svg.read_bytes() == asset("icons/knotimer.svg").read_bytes()
    metainfo = home / "metainfo" / METAINFO_NAME
    assert metainfo.read_bytes() == asset(f"desktop/{METAINFO_NAME}").read_bytes()

    written = {line.split(maxsplit=1)[1] for line in lines if line.startswith("installed")}
    assert written == {str(home / p) for p in tree(home) if (home / p).is_file()}
    assert len(written) == 2 + len(ICON_SIZES) + 1
    assert lines[-1].endswith("it starts: /opt/knotimer/bin/knotimer")
    assert all(((home / p).stat().st_mode & 0o777) == 0o644 for p in written)


def test_installed_desktop_entry_is_valid_even_for_an_awkward_path(home: Path) -> None:
    validator = need_tool("desktop-file-validate")
    awkward = ['/home/me/my apps/$HOME\'s "knot"\\timer 100%/bin/python', "-m", "knotimer"]
    assert install(home, awkward, lambda _line: None) == 0
    entry = home / "applications" / DESKTOP_ID
    result = subprocess.run(
        [validator, str(entry)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint
    shipped = subprocess.run(
        [validator, str(asset("desktop/knotimer.desktop"))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (shipped.returncode, shipped.stdout.strip()) == (0, "")


def test_installed_metainfo_passes_appstream_validation(home: Path) -> None:
    validator = need_tool("appstreamcli")
    assert install(home, ["/usr/bin/knotimer"], lambda _line: None) == 0
    result = subprocess.run(
        [validator, "validate", "--no-net", "--strict", str(home / "metainfo" / METAINFO_NAME)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_installing_again_changes_nothing_and_repairs_what_was_changed(home: Path) -> None:
    assert install(home, ["/usr/bin/knotimer"], lambda _line: None) == 0
    snapshot = {p: (home / p).read_bytes() for p in tree(home) if (home / p).is_file()}
    icon = home / "icons" / "hicolor" / "48x48" / "apps" / "knotimer.png"
    icon.write_bytes(b"damaged")

    lines: list[str] = []
    assert install(home, ["/usr/bin/knotimer"], lines.append) == 0
    assert [line for line in lines if not line.startswith("unchanged")][:-1] == [
        f"updated    {icon}"
    ]
    assert {p: (home / p).read_bytes() for p in tree(home) if (home / p).is_file()} == snapshot


def test_uninstall_removes_exactly_what_was_installed(home: Path) -> None:
    others = [
        "applications/other.desktop",
        "icons/hicolor/48x48/apps/other.png",
        "icons/hicolor/scalable/apps/knotimer-like.svg",
        "metainfo/org.example.Other.metainfo.xml",
        "knotimer/knotimer.sqlite3",  # knotimer's own data folder is not the menu's business
    ]
    for relative in others:
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_text(relative, encoding="utf-8")
    before = tree(home)

    assert install(home, ["/usr/bin/knotimer"], lambda _line: None) == 0
    assert len(tree(home) - before) > 9
    lines: list[str] = []
    assert uninstall(home, lines.append) == 0

    assert tree(home) == before
    assert all((home / r).read_text(encoding="utf-8") == r for r in others)
    assert sum(line.startswith("removed") for line in lines) == 2 + len(ICON_SIZES) + 1
    assert "9 files removed" in lines[-1]


def test_uninstall_leaves_no_empty_folders_behind(home: Path) -> None:
    assert install(home, ["/usr/bin/knotimer"], lambda _line: None) == 0
    assert uninstall(home, lambda _line: None) == 0
    assert tree(home) == set()
    assert home.is_dir()


def test_uninstall_when_nothing_is_installed_says_so(home: Path) -> None:
    lines: list[str] = []
    assert uninstall(home, lines.append) == 0
    assert lines == [f"nothing to remove: knotimer's menu entry is not installed in {home}"]


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("/usr/bin/knotimer", "/usr/bin/knotimer"),
        ("-m", "-m"),
        ("", '""'),
        ("/a b/python", '"/a b/python"'),
        ("/x/$HOME/`id`", '"/x/\\\\$HOME/\\\\`id\\\\`"'),
        ('/x/say "hi"', '"/x/say \\\\"hi\\\\""'),
        ("/x/back\\slash", '"/x/back\\\\\\\\slash"'),
        ("/x/100%", "/x/100%%"),
        ("/x/it's", '"/x/it\'s"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, expected: str) -> None:
    assert exec_argument(argument) == expected


def test_exec_line_refuses_a_line_break() -> None:
    with pytest.raises(ValueError, match="line break"):
        exec_line(["/x/two\nlines"])


def test_launch_command_is_this_python_when_not_run_as_the_script() -> None:
    command = launch_command()  # under pytest, argv[0] is not the knotimer script
    assert command == [str(Path(sys.executable).absolute()), "-m", "knotimer"]


def test_the_command_line_installs_and_uninstalls_without_qt(home: Path) -> None:
    probe = (
        "import sys\n"
        "from knotimer.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print('qt modules:', sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
        "raise SystemExit(code)\n"
    )
    installed = run_knotimer(
        "--install-desktop-entry", home=home, program=[sys.executable, "-c", probe]
    )
    assert installed.count("installed  ") == 9
    assert installed.rstrip().endswith("qt modules: []")
    assert (home / "applications" / DESKTOP_ID).is_file()
    again = run_knotimer("--install-desktop-entry", home=home)
    assert again.count("unchanged  ") == 9
    removed = run_knotimer(
        "--uninstall-desktop-entry", home=home, program=[sys.executable, "-c", probe]
    )
    assert removed.count("removed    ") == 9
    assert removed.rstrip().endswith("qt modules: []")
    assert tree(home) == set()
    assert "nothing to remove" in run_knotimer("--uninstall-desktop-entry", home=home)


def test_the_knotimer_script_puts_its_own_path_in_the_entry(home: Path) -> None:
    script = Path(sys.executable).parent / "knotimer"
    if not script.is_file():
        pytest.skip(f"no knotimer script beside {sys.executable}")
    output = run_knotimer("--install-desktop-entry", home=home, program=[str(script)])
    assert output.rstrip().endswith(f"it starts: {script}")
    entry = entry_values((home / "applications" / DESKTOP_ID).read_text(encoding="utf-8"))
    assert entry["Exec"] == str(script)


def test_the_two_flags_exclude_each_other(home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "knotimer", "--install-desktop-entry", "--uninstall-desktop-entry"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(home)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not allowed with" in result.stderr
    assert tree(home) == set()
