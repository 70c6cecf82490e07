"""Running a learner's function, and reading its code.

`call` runs the function on copies of the arguments with every floating-point warning on
(a global ``np.seterr`` or warnings filter does not hide them), catches whatever it raises
(``SystemExit`` too; only ``KeyboardInterrupt`` goes through) and turns an exception into a
hint that names the likely slip, points to the learner's own line and shows the original
message only as a detail. `Code` reads the function's source: which ready-made answers it
calls, whether it silences warnings, which variables of earlier cells it reads.

Out of reach, by design: a function that patches ``helpers`` or NumPy from inside, or replays
outputs it memorised, can fool any check that runs in the learner's own kernel.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import linecache
import re
import sys
import textwrap
import types
import warnings
from pathlib import Path

import numpy as np

from ._feedback import Feedback, not_yet, unfinished

#: Libraries whose functions are ready-made answers to every exercise here.
READY_MADE = ("scipy", "sklearn", "torch", "tensorflow", "jax", "keras", "statsmodels")
#: Calls that hide floating-point warnings.
SILENCERS = {np.errstate, np.seterr, warnings.catch_warnings, warnings.filterwarnings}
SILENCERS |= {warnings.simplefilter, np.testing.suppress_warnings}
#: Where NumPy, helpers and Python's own modules live: not the learner's code.
_LIBRARY = (str(Path(np.__file__).parents[1]), str(Path(ast.__file__).parent), "<frozen")
_LIBRARY += (str(Path(__file__).parents[1]),)


class Code:
    """What a learner's function (and the learner's functions it calls) refers to by name."""

    def __init__(self, function):
        self.objects: dict[str, object] = {}  # dotted name in the code -> the object it names
        self.assigned: set[str] = set()
        self._read(function, depth=0)

    def _read(self, function, depth: int) -> None:
        code = getattr(function, "__code__", None)
        if code is None or depth > 3:
            return
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        except (OSError, TypeError, SyntaxError):  # no source: the names the bytecode loads
            tree = ast.parse("\n".join(_names(code)))
        scope = dict(vars(builtins))
        scope.update(function.__globals__)
        for name, cell in zip(code.co_freevars, function.__closure__ or (), strict=False):
            try:
                scope[name] = cell.cell_contents
            except ValueError:  # a variable of the enclosing function not yet assigned
                pass
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.assigned.add(node.id)
            elif isinstance(node, ast.arg):
                self.assigned.add(node.arg)
            elif isinstance(node, (ast.Name, ast.Attribute)) and isinstance(node.ctx, ast.Load):
                dotted = _dotted(node)
                if dotted and dotted not in self.objects:
                    self.objects[dotted] = found = _resolve(dotted, scope)
                    mine = getattr(found, "__globals__", None) is function.__globals__
                    if isinstance(found, types.FunctionType) and mine and found is not function:
                        self._read(found, depth + 1)  # the learner's own helper function

    def uses(self, *objects) -> str | None:
        """The name by which the code calls one of ``objects`` or a ready-made library."""
        for name, found in self.objects.items():
            if any(found is obj for obj in objects) or _ready_made(name, found):
                return name
        return None

    def calls(self, *names: str) -> bool:
        """True if the code names a function called one of ``names`` (round, np.round, ...)."""
        return any(name.rsplit(".", 1)[-1] in names for name in self.objects)

    def silences_warnings(self) -> bool:
        return any(any(found is s for s in SILENCERS) for found in self.objects.values())

    def globals_read(self) -> list[str]:
        """Numbers and arrays the code takes from earlier cells rather than its arguments."""
        numeric = (int, float, np.ndarray, np.number)
        return [
            name
            for name, found in self.objects.items()
            if "." not in name
            and name not in self.assigned
            and isinstance(found, numeric)
            and not isinstance(found, bool)
        ]


def _names(code: types.CodeType) -> list[str]:
    nested = [c for c in code.co_consts if isinstance(c, types.CodeType)]
    return [*code.co_names, *(name for c in nested for name in _names(c))]


def _dotted(node) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else None


def _resolve(dotted: str, scope: dict):
    """The object a dotted name refers to; attributes are followed on modules only."""
    first, *rest = dotted.split(".")
    found = scope.get(first)
    for part in rest:
        if not isinstance(found, types.ModuleType):
            return None
        found = getattr(found, part, None)
    return found


def _ready_made(name: str, found) -> bool:
    module = found.__name__ if isinstance(found, types.ModuleType) else ""
    module = module or getattr(found, "__module__", None) or ""
    if module.split(".")[0] in READY_MADE:
        return True
    special = sys.modules.get("scipy.special")  # its ufuncs (expit) have no __module__
    if not isinstance(found, np.ufunc) or special is None:
        return False
    return any(found is value for value in vars(special).values())


def call(function, args: tuple):
    """``(value, warnings)`` of ``function(*copies of args)``, or a `Feedback` that says why not:
    a stub, an exception (diagnosed), a missing ``return``, an argument changed in place."""
    if not callable(function):
        key = "feedback.unfinished" if unfinished(function) else "feedback.not_a_function"
        return not_yet(key, got=type(function).__name__)
    copies = [arg.copy() if isinstance(arg, np.ndarray) else arg for arg in args]
    with warnings.catch_warnings(record=True) as caught, np.errstate(all="warn", under="ignore"):
        warnings.simplefilter("always")
        try:
            value = function(*copies)
        except KeyboardInterrupt:
            raise
        except NotImplementedError:
            return not_yet("feedback.unfinished")
        except BaseException as error:  # the learner's code: diagnose it, never re-raise
            return diagnose(error)
    for name, original, passed in zip(_parameters(function, len(args)), args, copies, strict=True):
        if isinstance(original, np.ndarray) and not np.array_equal(original, passed):
            return not_yet("feedback.mutated", name=name)
    if value is None and not _is_stub(function):
        return not_yet("feedback.returned_none")
    if unfinished(value):
        return not_yet("feedback.unfinished")
    return value, [str(w.message) for w in caught]


def _parameters(function, count: int) -> list[str]:
    try:
        names = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        names = []
    return (names + [f"#{i + 1}" for i in range(count)])[:count]


def _is_stub(function) -> bool:
    """True if the function's source still holds the stub's ``...`` (code, not a comment)."""
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return True
    return "..." in re.sub(r"#.*", "", source)


#: (exception type, pattern in its message, hint key), first match wins; the line-specific
#: refinements come from `_SHAPE_SLIPS` when the failing line shows a matrix product.
_EXCEPTION_SLIPS = (
    (SystemExit, "", "feedback.exit"),
    (ValueError, "truth value of an array", "feedback.if_on_array"),
    (TypeError, "only (length-1|0-dimensional|size-1) arrays", "feedback.math_on_array"),
    (OverflowError, "math range error", "feedback.math_overflow"),
    (IndexError, "", "feedback.index"),
    (NameError, "", "feedback.name"),
    (ValueError, "could not be broadcast", "feedback.broadcast"),
    (ValueError, "mismatch|not aligned", "feedback.matmul"),
    (RecursionError, "", "feedback.recursion"),
    (ZeroDivisionError, "", "feedback.zero_division"),
    (TypeError, "object is not callable", "feedback.not_callable"),
)
_SHAPE_SLIPS = (
    (r"\*\s*\([^()]*@", "feedback.product_order"),
    (r"add_bias", "feedback.bias_twice"),
    (r"\bW\w*\s*@\s*X|dot\(\s*W\w*\s*,\s*X", "feedback.slide_order"),
)


def diagnose(error: BaseException) -> Feedback:
    """The hint for an exception from the learner's code: its likely slip and the line."""
    line, source = _learner_line(error.__traceback__)
    detail = f"{type(error).__name__}: {error}"
    key = "feedback.raised"
    for kind, pattern, slip in _EXCEPTION_SLIPS:
        if isinstance(error, kind) and re.search(pattern, str(error)):
            key = slip
            break
    if key == "feedback.index" and re.search(r"range\(.*\+\s*1\s*\)", source):
        key = "feedback.m_plus_one_loop"
    if key in ("feedback.matmul", "feedback.broadcast"):
        key = next((k for p, k in _SHAPE_SLIPS if re.search(p, line)), key)
    return not_yet(key, line=line or "?", detail=detail[:300], error=type(error).__name__)


def _learner_line(tb) -> tuple[str, str]:
    """The deepest traceback line outside NumPy, helpers and Python itself, and the source of
    the function it belongs to."""
    line, source = "", ""
    while tb is not None:
        code = tb.tb_frame.f_code
        if not code.co_filename.startswith(_LIBRARY):
            line = linecache.getline(code.co_filename, tb.tb_lineno).strip()
            try:
                source = inspect.getsource(code)
            except (OSError, TypeError):
                source = line
        tb = tb.tb_next
    return line, source
