# QtGui as PyInstaller's own hook collects it, less the plug-ins a desktop app never loads
# (bundle_contents.keep_qt_file). Filtering here, before PyInstaller follows the plug-ins' library
# dependencies, keeps those libraries (GTK, Pango, Cairo, EGLFS) out of the bundle too.
from pathlib import Path

import bundle_contents  # on sys.path: ecanvas.spec put its own folder there
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, folder)
    for source, folder in binaries
    if bundle_contents.keep_qt_file(str(Path(folder, Path(source).name)), locales=None)
]
