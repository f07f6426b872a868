"""No import circles inside ecanvas/ui, counting imports made only for type checking: every
module can be understood (and tested) with what is below it."""

from __future__ import annotations

import grimp


def test_no_module_of_the_ui_imports_itself_round_about():
    graph = grimp.build_graph("ecanvas")
    ui = sorted(m for m in graph.modules if m.startswith("ecanvas.ui"))
    circles = []
    for module in ui:
        for imported in graph.find_modules_directly_imported_by(module):
            if imported.startswith("ecanvas.ui") and imported != module:
                back = graph.find_shortest_chain(importer=imported, imported=module)
                if back:
                    circles.append((module, *back))
    assert circles == []
