"""Measure the series: `make bench`. Prints one table; every figure is a median of repeats.

Run with OPENBLAS_NUM_THREADS=1 (the Makefile sets it) so timings do not depend on how many
cores BLAS grabs. Goals (from the issue that asked for this script):

- each notebook's Run All <= 2 s beyond kernel start; every slider update <= 50 ms median;
- helpers.gradient <= 3x the memory floor measured in the same run;
- the method notebook 04's "Going further" names, helpers.going_further.fit_nesterov, within
  1e-6 of scikit-learn's optimum (also on real data: the breast-cancer set), in <= 5x the
  time of scikit-learn's L-BFGS; helpers.fit itself is notebook 04's plain rule, 1000 epochs
  of eta = 0.5, and is reported for comparison, without a goal;
- all notebooks together <= 2 MB per edition;
- helpers at most 2,600 lines of logic (code lines: no blanks, comments, docstrings or the
  message catalogs), no module but a catalog over 400.

The JupyterLite site (build/lite, `make lite`) is measured too: its size, what a first visit
downloads, and the time from page load to a ready kernel in headless Chromium with every
non-local request refused (the offline site: no numpy or matplotlib, see README).
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata as metadata
import io
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import tokenize
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import nbformat
import numpy as np
from nbclient import NotebookClient

import helpers

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(
    (ROOT / "notebooks" / "ko").glob("*.ipynb")
)
RUNTIME = ["numpy", "matplotlib", "jupyterlab", "ipywidgets"]
rows: list[tuple[str, str, str, str]] = []


def report(what: str, value: str, goal: str = "", verdict: str = "") -> None:
    rows.append((what, value, goal, verdict))
    print(f"  {what:<58} {value:>22}  {goal:<14} {verdict}", flush=True)


def ok(passed: bool) -> str:
    return "ok" if passed else "MISSED"


def timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def median_ms(times) -> float:
    return 1000 * statistics.median(times)


# ----------------------------------------------------------------------------- notebooks
def bench_notebooks(repeat: int) -> None:
    print("\nNotebooks (Run All in a started kernel; cold = kernel start + import helpers)")
    for path in NOTEBOOKS:
        cold, run_all = [], []
        for _ in range(repeat):
            nb = nbformat.read(path, as_version=4)
            client = NotebookClient(
                nb,
                kernel_name="python3",
                timeout=600,
                resources={"metadata": {"path": str(path.parent)}},
            )
            start = time.perf_counter()
            # The kernel's own stderr (a start-up notice about TCP) would break up the table;
            # errors in a cell still reach us through the messaging protocol.
            with client.setup_kernel(stderr=subprocess.DEVNULL):
                client.execute_cell(nbformat.v4.new_code_cell("import helpers"), 0)
                cold.append(time.perf_counter() - start)
                start = time.perf_counter()
                for index, cell in enumerate(nb.cells):
                    client.execute_cell(cell, index)
                run_all.append(time.perf_counter() - start)
        report(
            f"{path.relative_to(ROOT / 'notebooks')}: Run All",
            f"{statistics.median(run_all):.2f} s",
            "<= 2 s",
            ok(statistics.median(run_all) <= 2.0),
        )
        report(
            f"{path.relative_to(ROOT / 'notebooks')}: cold kernel + import helpers",
            f"{statistics.median(cold):.2f} s",
        )


def bench_nbval(repeat: int) -> None:
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--nbval",
        "--nbval-current-env",
        "--nbval-sanitize-with",
        "tests/nbval_sanitize.cfg",
        "notebooks",
    ]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    report("pytest --nbval over every notebook (wall)", f"{statistics.median(times):.1f} s")


# ----------------------------------------------------------------------------- sliders
def explorers():
    """Every public `*_explorer` and `*_quiz` factory in helpers.widgets (default arguments)."""
    for name in sorted(dir(helpers.widgets)):
        if name.endswith(("_explorer", "_quiz")) and callable(getattr(helpers.widgets, name)):
            yield name, getattr(helpers.widgets, name)


def control_values(control, changes: int) -> list:
    """`changes` values to set: evenly spaced for a slider, cycling for buttons."""
    if hasattr(control, "min"):
        return [float(v) for v in np.linspace(control.min, control.max, changes)]
    options = list(control._options_values)  # toggle buttons: their values, in order
    return [options[k % len(options)] for k in range(changes)]


def bench_sliders(changes: int) -> None:
    print(f"\nSlider latency (callback + redraw to PNG, Agg; {changes} value changes each)")
    for name, factory in explorers():
        explorer = factory()
        for slider_name, slider in explorer.sliders.items():
            times = []
            for value in control_values(slider, changes):
                start = time.perf_counter()
                slider.value = value
                times.append(time.perf_counter() - start)
            median, p95 = median_ms(times), 1000 * float(np.percentile(times, 95))
            report(
                f"{name}: slider {slider_name}",
                f"{median:.1f} ms (p95 {p95:.1f})",
                "<= 50 ms",
                ok(median <= 50),
            )


# ----------------------------------------------------------------------------- gradient
def bench_gradient(repeat: int) -> None:
    if not hasattr(helpers, "gradient"):
        report("helpers.gradient", "not available yet")
        return
    m, n = 100_000, 20
    rng = np.random.default_rng(0)
    X = helpers.add_bias(rng.normal(size=(m, n)))
    W = rng.normal(size=n + 1) * 0.1
    y = (rng.random(m) < 0.5).astype(float)
    print(f"\nGradient at m = {m:,}, n = {n} (X is {X.nbytes / 1e6:.1f} MB)")
    reduction = median_ms(timed(lambda: np.add.reduce(X, axis=0), repeat))
    floor = 2 * reduction  # the gradient must read X twice: X @ W, then X.T @ (y - y_hat)
    grad = median_ms(timed(lambda: helpers.gradient(W, X, y), repeat))
    report("memory floor (2 x a plain numpy reduction over X)", f"{floor:.2f} ms")
    report("helpers.gradient", f"{grad:.2f} ms")
    ratio = grad / floor
    report("helpers.gradient / memory floor", f"{ratio:.2f}x", "<= 3x", ok(ratio <= 3))

    def loop():
        total = np.zeros(n + 1)
        for i in range(m):
            total += (y[i] - 1.0 / (1.0 + math.exp(-(X[i] @ W)))) * X[i]  # |z| < 10 here
        return -total / m

    loop_ms = median_ms(timed(loop, max(1, repeat // 5)))
    np.testing.assert_allclose(loop(), helpers.gradient(W, X, y), rtol=1e-9, atol=1e-12)
    report("per-sample Python loop (same result)", f"{loop_ms:.0f} ms")
    report("vectorized speed-up over the loop", f"{loop_ms / grad:.0f}x")


# ----------------------------------------------------------------------------- fit
def data_sets():
    """The series' three data sets, and a real one: scikit-learn's breast-cancer set,
    standardised, its ten "mean" measurements without perimeter and area (all thirty features
    separate the classes, so no optimum exists; perimeter and area, functions of the radius,
    leave it ill-determined). The same choice as tests/test_training.py."""
    from sklearn.datasets import load_breast_cancer

    x, y = helpers.make_1d_data()
    yield "make_1d_data", helpers.add_bias(x), y
    X, y = helpers.make_linear_data()
    yield "make_linear_data", helpers.add_bias(X), y
    X, y = helpers.make_circle_data()
    yield "make_circle_data (squared features)", helpers.add_bias(X**2), y
    data = load_breast_cancer()
    X = data.data[:, [0, 1, 4, 5, 6, 7, 8, 9]]
    yield "breast cancer (8 features)", helpers.add_bias((X - X.mean(0)) / X.std(0)), data.target


def bench_fit(repeat: int) -> None:
    from sklearn.linear_model import LogisticRegression

    from helpers.going_further import fit_nesterov

    def sklearn(Xb, y, solver):
        model = LogisticRegression(
            C=np.inf, solver=solver, tol=1e-12, max_iter=100_000, fit_intercept=False
        )
        return model.fit(Xb, y).coef_[0]

    print(
        "\nfit_nesterov against scikit-learn (no penalty; the optimum from Newton-CG, the time"
        " from L-BFGS)"
    )
    for name, Xb, y in data_sets():
        y = y.astype(float)
        optimum = sklearn(Xb, y, "newton-cg")
        ours = fit_nesterov(Xb, y)
        nesterov_ms = median_ms(timed(lambda Xb=Xb, y=y: fit_nesterov(Xb, y), repeat))
        lbfgs_ms = median_ms(timed(lambda Xb=Xb, y=y: sklearn(Xb, y, "lbfgs"), repeat))
        delta = float(np.max(np.abs(ours.W - optimum)))
        report(f"{name}: max |W - W_optimum|", f"{delta:.1e}", "<= 1e-6", ok(delta <= 1e-6))
        report(
            f"{name}: time fit_nesterov / L-BFGS ({ours.epochs} epochs)",
            f"{nesterov_ms:.1f} / {lbfgs_ms:.1f} ms = {nesterov_ms / lbfgs_ms:.1f}x",
            "<= 5x",
            ok(nesterov_ms / lbfgs_ms <= 5),
        )
        plain = helpers.fit(Xb, y)
        report(
            f"{name}: helpers.fit (1000 epochs, eta 0.5): max |W - W_optimum|",
            f"{float(np.max(np.abs(plain.W - optimum))):.1e}",
        )


# ----------------------------------------------------------------------------- code
def logic_lines(path: Path) -> int:
    """Lines holding code: not blank, not only a comment, not part of a docstring (or any
    string statement)."""
    text = path.read_text(encoding="utf-8")
    strings = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, str):
                strings.update(range(node.lineno, node.end_lineno + 1))
    code = set()
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type not in skip and token.type != tokenize.ENDMARKER:
            code.update(range(token.start[0], token.end[0] + 1))
    return len(code - strings)


def bench_code() -> None:
    print("\nCode (helpers: lines of logic, the message catalogs not counted)")
    catalogs = {"en.py", "ko.py"}
    counts = {
        path: logic_lines(path)
        for path in sorted((ROOT / "helpers").rglob("*.py"))
        if not (path.parent.name == "messages" and path.name in catalogs)
    }
    total = sum(counts.values())
    report("helpers: lines of logic", f"{total:,}", "<= 2,600", ok(total <= 2600))
    for folder in ("checks", "plots", "widgets"):
        part = sum(n for p, n in counts.items() if p.parent.name == folder)
        report(f"  of which helpers/{folder}", f"{part:,}")
    biggest = max(counts, key=counts.get)
    report(
        f"largest module ({biggest.relative_to(ROOT)})",
        f"{counts[biggest]}",
        "<= 400",
        ok(counts[biggest] <= 400),
    )
    collected = (
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "--collect-only",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()
    )
    report("tests collected (tests/, without nbval)", collected[-1] if collected else "?")


# ----------------------------------------------------------------------------- sizes
def distribution_closure(names):
    seen, todo = {}, [n.lower() for n in names]
    while todo:
        name = re.split(r"[<>=!~; \[]", todo.pop())[0].lower().replace("_", "-")
        if not name or name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for requirement in dist.requires or []:
            if "extra ==" not in requirement:
                todo.append(requirement)
    return seen


def bench_sizes() -> None:
    print("\nSizes")
    total = 0
    for path in NOTEBOOKS:
        size = path.stat().st_size
        total += size
        report(
            f"{path.relative_to(ROOT / 'notebooks')}",
            f"{size / 1e3:.0f} kB",
            "< 1 MB",
            ok(size < 1e6),
        )
    editions = max(1, len({path.parent for path in NOTEBOOKS}))
    report(
        f"all notebooks together ({editions} editions)",
        f"{total / 1e6:.2f} MB",
        "<= 2 MB per edition",
        ok(total <= 2e6 * editions),
    )
    closure = distribution_closure(RUNTIME)
    size = 0
    for dist in closure.values():
        for file in dist.files or []:
            located = Path(dist.locate_file(file))
            if located.is_file():
                size += located.stat().st_size
    report(f"installed runtime packages ({len(closure)} distributions)", f"{size / 1e6:.0f} MB")


# ----------------------------------------------------------------------------- lite
def bench_lite(repeat: int) -> None:
    """Site size and page load -> kernel ready, offline, in a fresh browser context each time."""
    import json
    import threading
    import urllib.parse
    from functools import partial
    from http.server import ThreadingHTTPServer

    site = ROOT / "build" / "lite"
    print("\nJupyterLite site (build/lite; headless Chromium, non-local requests refused)")
    if not (site / "lite-build.json").exists():
        report("JupyterLite site", "not built (make lite)")
        return
    info = json.loads((site / "lite-build.json").read_text())
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    parts = {
        "Pyodide core": ["pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide.mjs", "python_stdlib.zip"],
    }
    core = sum((site / "static" / "pyodide" / n).stat().st_size for n in parts["Pyodide core"])
    wheels = sum(p.stat().st_size for p in (site / "static" / "pyodide").glob("*.whl"))
    edition = "full" if info["full"] else f"offline, without {', '.join(info['missing'])}"
    report(f"site size ({edition})", f"{total / 1e6:.1f} MB")
    report("  Pyodide core (wasm, stdlib, loader)", f"{core / 1e6:.1f} MB")
    report(
        f"  wheels in the site ({len(info['packages']) - len(info['missing'])})",
        f"{wheels / 1e6:.1f} MB",
    )
    sys.path.insert(0, str(ROOT))  # tests.test_lite: the same server and flags as the test
    try:
        from playwright.sync_api import sync_playwright

        from tests.test_browser import CHROMIUM, CHROMIUM_FLAGS
        from tests.test_lite import EXECUTE, NOTEBOOK_OPEN, QUIET_FLAGS, SiteHandler
    except ImportError as error:
        report("page load -> kernel ready", f"not measured ({error})")
        return
    if not CHROMIUM.exists():
        report("page load -> kernel ready", f"not measured (no {CHROMIUM})")
        return
    served: list = []
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(SiteHandler, directory=str(site), served=served)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    first, again, downloaded, shown = [], [], [], []

    def refuse_outside(route):
        host = urllib.parse.urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    def kernel_ready(page) -> float:
        start = time.perf_counter()
        page.goto(f"{base}/lab/index.html?path=01_sigmoid.ipynb", wait_until="domcontentloaded")
        page.wait_for_function(NOTEBOOK_OPEN, arg="01_sigmoid.ipynb")
        shown.append(time.perf_counter() - start)
        assert page.evaluate(EXECUTE, "print(6 * 7)")["stdout"] == "42\n"
        return time.perf_counter() - start

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=[*CHROMIUM_FLAGS[1:], *QUIET_FLAGS]
            )
            for _ in range(repeat):
                context = browser.new_context()
                context.route("**/*", refuse_outside)
                page = context.new_page()
                page.set_default_timeout(300_000)
                served.clear()
                first.append(kernel_ready(page))
                paths = {urllib.parse.unquote(p) for p, status in served if status == 200}
                downloaded.append(
                    sum(
                        (site / p.lstrip("/")).stat().st_size
                        for p in paths
                        if (site / p.lstrip("/")).is_file()
                    )
                )
                page.close()
                page = context.new_page()  # a second visit: the browser's cache is warm
                page.set_default_timeout(300_000)
                again.append(kernel_ready(page))
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    report(
        "first visit downloads (to a ready kernel)", f"{statistics.median(downloaded) / 1e6:.1f} MB"
    )
    report("page load -> notebook shown in JupyterLab", f"{statistics.median(shown):.1f} s")
    report(
        "first visit: page load -> kernel ready",
        f"{statistics.median(first):.1f} s (max {max(first):.1f})",
    )
    report(
        "second visit (browser cache): page load -> kernel ready",
        f"{statistics.median(again):.1f} s",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repeats per timing (median)")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no nbval timing")
    parser.add_argument("--lite-only", action="store_true", help="only the JupyterLite figures")
    args = parser.parse_args()
    repeat = 2 if args.quick else args.repeat
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, numpy {np.__version__}, "
        f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}"
    )
    if args.lite_only:
        bench_lite(2 if args.quick else 3)
        return 0
    bench_notebooks(repeat)
    if not args.quick:
        bench_nbval(max(1, repeat // 2))
    bench_sliders(30 if args.quick else 100)
    bench_gradient(max(repeat, 5) * 4)
    bench_fit(repeat)
    bench_sizes()
    bench_code()
    bench_lite(2 if args.quick else 3)
    missed = [row for row in rows if row[3] == "MISSED"]
    print(
        f"\n{len(rows)} figures, {sum(r[3] == 'ok' for r in rows)} goals met, "
        f"{len(missed)} missed" + "".join(f"\n  missed: {r[0]} = {r[1]}" for r in missed)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
