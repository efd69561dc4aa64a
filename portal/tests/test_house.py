"""The house rules that hold for the whole code base: no module imports itself round about, no module grows
past 400 lines, and every app is called what its package is called."""

from pathlib import Path

import grimp
from django.apps import apps
from django.conf import settings

# The project package, the shared app and every app of PORTAL_APPS (settings name them once).
FIRST_PARTY = sorted({"config", "portal", *(name.split(".")[0] for name in settings.PORTAL_APPS)})
# Migrations are written once and never imported by our code; tests and benchmarks may reach anywhere.
LEFT_OUT = {"migrations", "tests", "benchmarks"}
MAX_LINES = 400


def _ours(module):
    return not LEFT_OUT.intersection(module.split("."))


def strongly_connected(edges):
    """Tarjan's algorithm: the groups of modules that each reach one another by their imports."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in edges[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while module not in group:
                group.add(stack.pop())
            on_stack.difference_update(group)
            groups.append(group)

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return groups


def _describe(graph, edges, group):
    lines = []
    for importer in sorted(group):
        for imported in sorted(edges[importer] & group):
            details = graph.get_import_details(importer=importer, imported=imported)
            where = ", ".join(str(detail["line_number"]) for detail in details)
            lines.append(f"  {importer} -> {imported} (line {where})")
    return "\n".join(lines)


def test_no_module_imports_itself_round_about():
    # Function-level imports count too (grimp reads every import statement): hiding a cycle in a function
    # keeps the import order fragile all the same.
    graph = grimp.build_graph(*FIRST_PARTY, cache_dir=None)
    modules = {module for module in graph.modules if _ours(module)}
    edges = {module: graph.find_modules_directly_imported_by(module) & modules for module in modules}
    cycles = [group for group in strongly_connected(edges) if len(group) > 1]
    assert not cycles, "Modules that import one another:\n" + "\n\n".join(
        _describe(graph, edges, group) for group in cycles
    )


def test_no_module_is_longer_than_400_lines():
    root = Path(settings.BASE_DIR)
    files = [*root.glob("*.py")] + [path for package in FIRST_PARTY for path in (root / package).rglob("*.py")]
    too_long = {
        str(path.relative_to(root)): count
        for path in files
        if "migrations" not in path.parts and (count := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert too_long == {}


def test_every_app_is_labelled_as_its_package_is_called():
    ours = [config for config in apps.get_app_configs() if config.name.partition(".")[0] in FIRST_PARTY]
    assert len(ours) >= 10
    assert {config.name: config.label for config in ours} == {
        config.name: config.name.rpartition(".")[2] for config in ours
    }


def test_every_model_a_public_page_shows_renews_the_pages_on_update():
    """``QuerySet.update()`` sends no signal: each shown model's managers give a ContentQuerySet, whose update()
    bumps the model's area (portal/caching/versions.py), so no service has to remember to."""
    from portal.caching.versions import ContentQuerySet, area_of

    missing = [
        f"{model._meta.label}.{manager.name}"
        for model in apps.get_models(include_auto_created=False)
        if area_of(model)
        for manager in model._meta.managers
        if not isinstance(manager.get_queryset(), ContentQuerySet)
    ]
    assert missing == []
