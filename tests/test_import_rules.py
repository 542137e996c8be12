"""The project's import rules, checked by reading the source (ast), not by importing it.

1. `home` is the frame: it imports no content app (campaigns, faq, journey, news, search,
   toolkit, translations) and not the demo site, and names none of them in a string either
   ("faq.FAQQuestion", "news/..."; migrations aside, which record the schema): content apps
   register with the frame, not the reverse.
   `page_cache` and the project package are infrastructure the frame may use.
2. Site code (everything but tests/ and bench/) imports neither `tests` nor `bench`.
3. Only the demo site's own files import the demo site (nobody else depends on demo content).
4. No import circle: the imports that run when a module is loaded form no cycle.
5. Test modules share code through tests/factories.py (and fixtures) only: none imports a
   conftest or another test module.

What counts. Rules 1 to 3 are about which way dependencies point, so every import counts,
wherever it is written. Rule 4 is about import time: an import inside a function runs when the
function is called, after every module has loaded, so it cannot take part in an import-time
circle; Django code defers some imports that way on purpose (a model and the module that needs
it). Imports at module level and in class bodies count; those under `if TYPE_CHECKING:` do not.
Importing `a.b.c` also loads the packages `a` and `a.b`, which counts, except for the packages
that hold the importing module (they are already loading when it runs).
"""

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {"node_modules", "static", "media", "__pycache__"}

CONTENT_APPS = {"campaigns", "faq", "journey", "news", "search", "toolkit", "translations"}
DEMO = {"demo"}
NOT_SITE_CODE = {"tests", "bench"}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    path: str  # its file, relative to the repository
    line: int
    target: str  # the imported module (or the package a name was imported from)
    at_load: bool  # runs when the importing module is loaded


def python_files():
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in parts):
            continue
        yield path


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path):
    return path.name == "__init__.py"


class ImportCollector(ast.NodeVisitor):
    def __init__(self, module, package, known):
        self.module, self.package, self.known = module, package, known
        self.found = []  # (line, target, at_load)
        self.deferred = 0  # depth of functions and TYPE_CHECKING blocks

    def visit_FunctionDef(self, node):
        self.deferred += 1
        self.generic_visit(node)
        self.deferred -= 1

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_If(self, node):
        test = node.test
        name = getattr(test, "id", None) or getattr(test, "attr", None)
        if name == "TYPE_CHECKING":
            self.deferred += 1
            for child in node.body:
                self.visit(child)
            self.deferred -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def add(self, node, target):
        self.found.append((node.lineno, target, self.deferred == 0))

    def visit_Import(self, node):
        for alias in node.names:
            self.add(node, alias.name)

    def visit_ImportFrom(self, node):
        if node.level:
            base = self.package.split(".") if self.package else []
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            if node.module:
                base += node.module.split(".")
            origin = ".".join(base)
        else:
            origin = node.module or ""
        for alias in node.names:
            # `from pkg import sub` imports the module pkg.sub when there is one.
            candidate = f"{origin}.{alias.name}" if origin else alias.name
            self.add(node, candidate if candidate in self.known else origin)


def collect():
    files = {module_name(path): path for path in python_files()}
    known = set(files)
    imports = []
    for module, path in files.items():
        package = module if is_package(path) else module.rpartition(".")[0]
        collector = ImportCollector(module, package, known)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        relative = path.relative_to(ROOT).as_posix()
        for line, target, at_load in collector.found:
            imports.append(Import(module, relative, line, target, at_load))
    return files, imports


FILES, IMPORTS = collect()


def top(name):
    return name.split(".")[0]


def within(name, packages):
    return any(name == package or name.startswith(package + ".") for package in packages)


def is_demo_file(path):
    return path.startswith("demo/")


def report(found):
    return "\n".join(f"{i.path}:{i.line} imports {i.target}" for i in found)


def test_home_imports_no_content_app_nor_the_demo():
    found = [
        i
        for i in IMPORTS
        if top(i.source) == "home"
        and not is_demo_file(i.path)
        and (top(i.target) in CONTENT_APPS or within(i.target, DEMO))
    ]
    assert not found, "home is the frame; content apps register with it:\n" + report(found)


def home_strings_naming_apps():
    """String constants in home's code (docstrings aside) that name a content app: a model
    label ("faq.FAQQuestion"), a module path, a template or URL namespace ("news/", "news:")."""
    prefixes = tuple(f"{app}{sep}" for app in CONTENT_APPS for sep in ".:/")
    for module, path in FILES.items():
        relative = path.relative_to(ROOT).as_posix()
        # Migrations record the schema as it was, other apps' models included: not code.
        if top(module) != "home" or is_demo_file(relative) or "/migrations/" in relative:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and node.value.startswith(prefixes)
            ):
                yield f"{relative}:{node.lineno} names {node.value!r}"


def test_home_names_no_content_app_in_a_string():
    found = list(home_strings_naming_apps())
    assert not found, "home names a content app by string:\n" + "\n".join(found)


def test_site_code_imports_neither_tests_nor_bench():
    found = [
        i for i in IMPORTS if top(i.source) not in NOT_SITE_CODE and top(i.target) in NOT_SITE_CODE
    ]
    assert not found, "site code must not depend on tests/ or bench/:\n" + report(found)


def test_only_the_demo_imports_the_demo():
    found = [
        i
        for i in IMPORTS
        if top(i.source) not in NOT_SITE_CODE
        and not is_demo_file(i.path)
        and within(i.target, DEMO)
    ]
    assert not found, "nothing but the demo site may import it:\n" + report(found)


def load_time_graph():
    """{module: {module it loads: the import doing it}} over the project's own modules."""
    graph = {module: {} for module in FILES}
    for i in IMPORTS:
        if not i.at_load:
            continue
        parts = i.target.split(".")
        loaded = [".".join(parts[:n]) for n in range(1, len(parts) + 1)]
        for target in loaded:
            if target not in FILES or target == i.source:
                continue
            # The packages holding the importer are already loading when it runs.
            if i.source.startswith(target + ".") and target != i.target:
                continue
            graph[i.source].setdefault(target, i)
    return graph


def cycles(graph):
    """Every strongly connected group of more than one module (Tarjan), each as one cycle."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(set(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [one_cycle(graph, group) for group in groups]


def one_cycle(graph, group):
    """A path from the group's first module back to itself, staying inside the group."""
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node]):
            if nxt not in group:
                continue
            if nxt == start:
                return paths[node] + [start]
            if nxt not in paths:
                paths[nxt] = paths[node] + [nxt]
                queue.append(nxt)
    return sorted(group)


def describe(graph, cycle):
    steps = []
    for here, there in zip(cycle, cycle[1:], strict=False):
        i = graph[here][there]
        steps.append(f"  {here} -> {there}  ({i.path}:{i.line})")
    return "\n".join(steps)


def test_no_import_circle():
    graph = load_time_graph()
    found = cycles(graph)
    assert not found, "import circles (imports run at load time):\n" + "\n\n".join(
        describe(graph, cycle) for cycle in found
    )


def test_the_checker_sees_the_project():
    """The rules above pass trivially if nothing is read: make sure the tree was."""
    assert {"home.blocks", "home.blocks.registry", "faq.blocks", "tests.conftest"} <= set(FILES)
    assert any(i.source.startswith("tests.") and i.target == "tests.factories" for i in IMPORTS)
    assert any(i.source == "news.blocks" and i.target == "home.blocks.registry" for i in IMPORTS)


def test_test_modules_share_code_only_through_factories():
    """Tests share builders through tests/factories.py and fixtures, never by importing a
    conftest or another test module (which would run its tests' module twice, or tie one
    folder's tests to another's)."""
    shared = {"tests.factories"}
    found = [
        i
        for i in IMPORTS
        if top(i.source) == "tests"
        and i.source not in shared
        and top(i.target) == "tests"
        and i.target not in shared
        and i.target in FILES
    ]
    assert not found, "import tests.factories or use a fixture instead:\n" + report(found)
