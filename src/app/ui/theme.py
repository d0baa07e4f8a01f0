"""Light and dark look: the palette, the style sheet and the colours of the fact kinds. The scheme
follows the system (QStyleHints.colorScheme) unless the settings or $FACTDESK_THEME fix it."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from app import config
from app.ui.resource_files import read_text

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

ENV_THEME = "FACTDESK_THEME"


@dataclass(frozen=True)
class KindColours:
    highlight: str
    emphasis: str
    text: str


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    button: str
    border: str
    accent: str
    card: str
    rejected_card: str
    problem: str
    low_fg: str
    low_bg: str
    badge_fg: str
    badge_bg: str
    ok_fg: str
    ok_bg: str
    bad_fg: str
    bad_bg: str
    edit_fg: str
    edit_bg: str
    overlay_bg: str
    overlay_fg: str
    find_match: str
    kinds: dict[str, KindColours]

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light", window="#f3f4f6", base="#ffffff", alt_base="#f6f8fb", text="#1d1f23", muted="#5b6270",
    button="#eceef2", border="#c9cdd6", accent="#2f6fd6", card="#ffffff", rejected_card="#eeeeee",
    problem="#b3261e", low_fg="#8c1d18", low_bg="#fde2de", badge_fg="#33363d", badge_bg="#e3e6ec",
    ok_fg="#145c2c", ok_bg="#cdeed8", bad_fg="#8c1d18", bad_bg="#f6d3cf", edit_fg="#5a3d00", edit_bg="#fbe7b5",
    overlay_bg="#ffffff", overlay_fg="#1d1f23", find_match="#ffe066",
    kinds={
        "project": KindColours("#cfe0ff", "#8fb4fa", "#1c4a9c"),
        "indicator": KindColours("#cdeed6", "#86d39d", "#145c2c"),
        "target": KindColours("#ffe1b8", "#f7b766", "#7a4a00"),
        "person": KindColours("#ead9ff", "#c4a3f7", "#55309a"),
    },
)

DARK = Theme(
    name="dark", window="#1f2126", base="#16181c", alt_base="#1c1f24", text="#e6e8ec", muted="#a0a7b4",
    button="#2b2e35", border="#3b3f48", accent="#6ea1ff", card="#23262c", rejected_card="#2a2a2a",
    problem="#ff8a80", low_fg="#ffd0c9", low_bg="#6e231c", badge_fg="#e6e8ec", badge_bg="#3a3e47",
    ok_fg="#c8f5d5", ok_bg="#1f5a33", bad_fg="#ffd0c9", bad_bg="#6e231c", edit_fg="#ffe6a8", edit_bg="#5e4510",
    overlay_bg="#23262c", overlay_fg="#e6e8ec", find_match="#7a6a00",
    kinds={
        "project": KindColours("#23406e", "#3a68b3", "#a9c6ff"),
        "indicator": KindColours("#1d4d2c", "#2f7d47", "#a6e8b9"),
        "target": KindColours("#5a3d12", "#8e611d", "#ffd29a"),
        "person": KindColours("#43306a", "#6a4ba6", "#d9c2ff"),
    },
)


def requested_scheme() -> str:
    """`system`, `light` or `dark`: from $FACTDESK_THEME, else the settings, else `system`."""
    value = os.environ.get(ENV_THEME) or config.load_settings().theme
    return value if value in ("system", "light", "dark") else "system"


def system_scheme() -> Qt.ColorScheme:
    """Asking costs a first paint dearly: the first Qt enum Python sees builds all of the Qt
    namespace's enums (about 40 ms), so the opening window does not ask (`forced_theme`)."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown


def current_theme(system: Qt.ColorScheme | None = None) -> Theme:
    """The theme to use: the forced one, else the system's scheme (`system`, or asked from Qt)."""
    scheme = requested_scheme()
    if scheme == "system":
        from PySide6.QtCore import Qt

        return DARK if (system if system is not None else system_scheme()) == Qt.ColorScheme.Dark else LIGHT
    return DARK if scheme == "dark" else LIGHT


def forced_theme() -> Theme | None:
    """The theme $FACTDESK_THEME or the settings fix, None when it follows the system."""
    scheme = requested_scheme()
    return None if scheme == "system" else DARK if scheme == "dark" else LIGHT


def palette_for(theme: Theme) -> QPalette:
    p = QPalette()
    c = QColor
    p.setColor(QPalette.ColorRole.Window, c(theme.window))
    p.setColor(QPalette.ColorRole.WindowText, c(theme.text))
    p.setColor(QPalette.ColorRole.Base, c(theme.base))
    p.setColor(QPalette.ColorRole.AlternateBase, c(theme.alt_base))
    p.setColor(QPalette.ColorRole.Text, c(theme.text))
    p.setColor(QPalette.ColorRole.Button, c(theme.button))
    p.setColor(QPalette.ColorRole.ButtonText, c(theme.text))
    p.setColor(QPalette.ColorRole.ToolTipBase, c(theme.overlay_bg))
    p.setColor(QPalette.ColorRole.ToolTipText, c(theme.overlay_fg))
    p.setColor(QPalette.ColorRole.PlaceholderText, c(theme.muted))
    p.setColor(QPalette.ColorRole.Highlight, c(theme.accent))
    p.setColor(QPalette.ColorRole.HighlightedText, c("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, c(theme.accent))
    p.setColor(QPalette.ColorRole.Mid, c(theme.border))
    p.setColor(QPalette.ColorRole.Midlight, c(theme.button))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c(theme.muted))
    return p


def style_sheet(theme: Theme) -> str:
    qss = read_text("styles", "base.qss")
    for key, value in theme.__dict__.items():
        if isinstance(value, str):
            qss = qss.replace("{" + key + "}", value)
    return qss


class ThemeManager(QObject):
    """Applies the theme to the application and re-applies it when the system scheme changes."""

    changed = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        self.system = system_scheme()
        self.theme = current_theme(self.system)
        self._apply()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._scheme_changed)

    def _apply(self) -> None:
        # The palette is application-wide; the style sheet is set only on the few widgets that need it
        # (see `style_widgets`): an application-wide sheet makes every paint go through the slower
        # style-sheet style, which costs a document switch more than half of its time.
        self._app.setPalette(palette_for(self.theme))

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The platform says the scheme changed (it passes the new one along)."""
        self.system = scheme
        self.refresh()

    def refresh(self) -> None:
        """Re-read the wanted scheme ($FACTDESK_THEME, settings, the system's) and apply it if it changed."""
        theme = current_theme(self.system)
        if theme is not self.theme:
            self.theme = theme
            self._apply()
            self.changed.emit(theme)


def style_widgets(theme: Theme, styled: Sequence[QWidget], muted: Sequence[QWidget]) -> None:
    """Apply the style sheet to `styled` widgets (and their children) and the muted text colour."""
    qss = style_sheet(theme)
    for widget in styled:
        widget.setStyleSheet(qss)
    for widget in muted:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.muted))
        widget.setPalette(palette)


def row_height(widget: QWidget) -> int:
    """A table row tall enough for Latin and Chinese text alike (the CJK fallback font is taller, and
    a row sized for the Latin font alone draws mixed text off-centre)."""
    fm = widget.fontMetrics()
    return max(fm.height(), fm.boundingRect("汉字Ag").height()) + 8


def theme_manager(app: QApplication) -> ThemeManager:
    """The application's one theme manager, created on first use."""
    existing = app.findChild(ThemeManager)
    return existing if isinstance(existing, ThemeManager) else ThemeManager(app)
