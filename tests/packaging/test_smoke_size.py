"""The smoke check's size report: large files as parts of their own, the rest per package."""

from __future__ import annotations

from smoke_checks.release import folder_size, largest_parts, size_report


def test_size_parts_show_large_files_alone_and_small_ones_per_package(tmp_path):
    app = tmp_path / "ecanvas"
    files = {
        "ecanvas": 3_000_000,
        "_internal/PySide6/Qt/lib/libicudata.so.73": 2_000_000,
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": 300_000,
        "_internal/PySide6/Qt/plugins/imageformats/libqjpeg.so": 200_000,
        "_internal/lxml/etree.so": 400_000,
        "_internal/lxml/_elementpath.so": 100_000,
        "_internal/libstdc++.so.6": 900_000,
    }
    for name, size in files.items():
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_bytes(b"\0" * size)
    (app / "_internal/libicudata.so.73").symlink_to("PySide6/Qt/lib/libicudata.so.73")
    parts = dict(largest_parts(app))
    assert parts == {
        "ecanvas (launcher + every Python module, compressed)": 3_000_000,
        "_internal/PySide6/Qt/lib/libicudata.so.73": 2_000_000,
        "_internal/ (other shared libraries)": 900_000,
        "_internal/PySide6/Qt/plugins/": 500_000,
        "_internal/lxml/": 500_000,
    }  # a link is not counted twice
    assert sum(parts.values()) <= folder_size(app) < sum(parts.values()) + 1000
    ranked = largest_parts(app, count=2)
    assert ranked[-1] == ("3 smaller parts", 1_900_000)
    assert (
        size_report(ranked).splitlines()[0]
        == "     3.0 MB  ecanvas (launcher + every Python module, compressed)"
    )
