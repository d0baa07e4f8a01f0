# FactDesk's override of PyInstaller's hook for this Qt module: the same collection, less the Qt
# plugins, libraries and translations FactDesk does not use (see qt_trim.py).
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from qt_trim import trimmed_qt_dependencies  # noqa: E402

hiddenimports, binaries, datas = trimmed_qt_dependencies(__file__)
