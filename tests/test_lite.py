"""The JupyterLite edition (build/lite/, `make lite`) in headless Chromium, with no internet.

The site is served from 127.0.0.1 by a server this module starts; every request to any other
host is blocked and counted twice over: by Playwright's routing in the page (which also sees
the kernel's web worker), and by a proxy on 127.0.0.1 that Chromium must use for every
non-local address, so a request that escaped the routing (a service worker's, say) is
counted too. The test then proves what can be proven offline:

- notebook 01 opens in JupyterLab's UI, its stored outputs (figures) shown;
- the Pyodide kernel starts, from the site's own Pyodide core (the server served it);
- `import helpers` installs helpers' wheel from the site with no %pip cell, and fails only
  for numpy, which an offline build cannot have;
- every pure-Python package the notebooks need imports, from the site;
- a cell that raises stops Run All and is reported at once, with its traceback;
- an ipywidgets slider round-trips: set from Python, shown in the page, moved with the
  keyboard in the page, and the kernel reads the new value;
- the site lacks exactly the five compiled packages that the build takes from Pyodide's CDN;
- no request left the machine but for the one image the notebook links from the web
  (its "Open in Colab" badge), which the routing refuses.

Running every notebook (numpy and matplotlib in the browser) needs the internet: the `site`
job of .github/workflows/lite.yml builds the full site (`make lite-full`) and runs this module
against it, so test_notebook_in_lite below runs every notebook of both editions there.
"""

from __future__ import annotations

import json
import re
import socketserver
import subprocess
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import urlsplit

import pytest

from .conftest import ROOT
from .test_browser import (
    CHROMIUM,
    RUN_ALL,
    chromium_over_cdp,
    play_with_widget,
    run_all_state,
    wait_for_run_all,
)

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"no Chromium at {CHROMIUM}: `apt-get install chromium` (Debian), or set CHROMIUM",
)

SITE = ROOT / "build" / "lite"
COMPILED = {"numpy", "matplotlib", "contourpy", "kiwisolver", "pillow"}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Chromium's own services (network time, component updates, accounts, autofill, hints): it
# calls them whatever page is open, the flags below cut most of them, and they are to
# Google's hosts only. Anything else the proxy sees came from the site.
CHROMIUM_SERVICES = re.compile(
    r"^(CONNECT |[A-Z]+ http://)[a-z0-9.-]*(google\.com|googleapis\.com|gvt1\.com)[:/]"
)
QUIET_FLAGS = [
    "--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication,"
    "OptimizationHints,MediaRouter,Translate",
    "--disable-client-side-phishing-detection",
    "--disable-domain-reliability",
]
KERNEL_START_SECONDS = 180


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files, with the types module scripts and WebAssembly need, and a request log."""

    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".whl": "application/zip",
        ".zip": "application/zip",
    }

    def __init__(self, *args, served: list, **kwargs):
        self.served = served
        super().__init__(*args, **kwargs)

    def log_request(self, code="-", size="-"):
        self.served.append((urlsplit(self.path).path, int(code)))

    def log_message(self, *args):
        pass


class Blackhole(socketserver.StreamRequestHandler):
    """A proxy that forwards nothing: records each request line and answers 403."""

    def handle(self):
        line = self.rfile.readline(4096).decode("latin-1").strip()
        if line:
            self.server.requests.append(line)
        self.wfile.write(
            b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )


def serve(server) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2})
    thread.daemon = True
    thread.start()
    return thread


@pytest.fixture(scope="module")
def build_info() -> dict:
    info = SITE / "lite-build.json"
    if not info.exists():
        pytest.fail(f"no site in {SITE}: build it with `make lite` (make test does)")
    return json.loads(info.read_text())


@pytest.fixture(scope="module")
def site(build_info):
    """The built site on 127.0.0.1; yields (base URL, list of (path, status) served)."""
    served: list = []
    handler = partial(SiteHandler, directory=str(SITE), served=served)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = serve(server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def proxy():
    """Where Chromium must send every non-local request; yields the request lines it got."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Blackhole)
    server.daemon_threads = True
    server.requests = []
    thread = serve(server)
    try:
        yield server.server_address[1], server.requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def offline_browser(tmp_path_factory, proxy):
    proxy_port, _ = proxy
    profile = tmp_path_factory.mktemp("chromium-lite-profile")
    proxy_flag = f"--proxy-server=http://127.0.0.1:{proxy_port}"
    with chromium_over_cdp(profile, *QUIET_FLAGS, proxy_flag) as connected:
        yield connected


# JavaScript run in the page: JupyterLite exposes the app (jupyter-lite.json sets
# exposeAppInBrowser), so the test talks to the notebook's kernel as the UI does.
NOTEBOOK_OPEN = """(name) => {
    const app = window.jupyterapp;
    const panel = app && app.shell.currentWidget;
    return Boolean(panel && panel.context && panel.context.path === name
        && panel.content.widgets.length > 0);
}"""

EXECUTE = """async (code) => {
    const panel = window.jupyterapp.shell.currentWidget;
    await panel.sessionContext.ready;
    const kernel = panel.sessionContext.session.kernel;
    const out = {stdout: '', stderr: '', error: null};
    const future = kernel.requestExecute({code, store_history: false});
    future.onIOPub = (msg) => {
        const t = msg.header.msg_type;
        if (t === 'stream') out[msg.content.name] += msg.content.text;
        if (t === 'error') out.error = {ename: msg.content.ename, evalue: msg.content.evalue};
    };
    const reply = await future.done;
    out.status = reply.content.status;
    return out;
}"""

# Insert a code cell into the open notebook at [index, source], without running it.
INSERT_CELL = """([index, code]) => {
    const notebook = window.jupyterapp.shell.currentWidget.content;
    notebook.model.sharedModel.insertCell(index, {cell_type: 'code', source: code});
}"""

KERNEL_IDLE = """() => {
    const session = window.jupyterapp.shell.currentWidget.sessionContext.session;
    return Boolean(session && session.kernel && session.kernel.status === 'idle');
}"""

# Append a code cell to the open notebook, run it, wait until its prompt has a number.
RUN_NEW_CELL = """async (code) => {
    const app = window.jupyterapp;
    const panel = app.shell.currentWidget;
    const notebook = panel.content;
    const index = notebook.model.cells.length;
    notebook.model.sharedModel.insertCell(index, {cell_type: 'code', source: code});
    notebook.activeCellIndex = index;
    await app.commands.execute('notebook:run-cell');
    return index;
}"""


def web_images(path) -> set[str]:
    """Images that a notebook's markdown links from the web (the "Open in Colab" badge).

    JupyterLab's markdown renderer requests them, the routing refuses them: they are the
    notebook's own content, not the site's, and the only outside requests allowed.
    """
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return set(re.findall(r"!\[[^\]]*\]\((https?://[^)\s]+)\)", text))


def run(page, code: str, timeout: float = 60_000) -> dict:
    page.set_default_timeout(timeout)
    return page.evaluate(EXECUTE, code)


def test_site_lacks_exactly_the_compiled_packages(build_info):
    """Every package in the site's lock has its file in the site, but for the five that
    come compiled for WebAssembly from Pyodide's CDN; so the gap cannot grow unseen."""
    lock = json.loads((SITE / "static" / "pyodide" / "pyodide-lock.json").read_text())
    packages = lock["packages"]
    present = {
        n for n, p in packages.items() if (SITE / "static/pyodide" / p["file_name"]).is_file()
    }
    missing = set(packages) - present
    if build_info["full"]:
        assert missing == set()
    else:
        assert missing == COMPILED
        assert build_info["missing"] == sorted(COMPILED)
    # the lock covers what the kernel and the notebooks need, not all of Pyodide
    for name in ["micropip", "ipython", "comm", "ipywidgets", "logistic-regression-lectures"]:
        assert name in present
    assert packages["logistic-regression-lectures"]["imports"] == ["helpers"]
    assert {"numpy", "matplotlib", "ipywidgets"} <= set(
        packages["logistic-regression-lectures"]["depends"]
    )
    assert lock["info"]["python"].startswith("3.14")
    # every dependency of every entry is itself an entry: the closure is complete
    # (Pyodide's lock spells a few names unnormalized: prompt_toolkit)
    for name, package in packages.items():
        assert {re.sub(r"[-_.]+", "-", d).lower() for d in package["depends"]} <= set(packages), (
            name
        )


def test_site_holds_every_notebook(build_info):
    english = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    korean = sorted(f"ko/{p.name}" for p in (ROOT / "notebooks" / "ko").glob("*.ipynb"))
    assert len(english) >= 4
    assert build_info["notebooks"] == english + korean
    for name in english + korean:
        assert (SITE / "files" / name).read_bytes() == (ROOT / "notebooks" / name).read_bytes()
    config = json.loads((SITE / "jupyter-lite.json").read_text())["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    assert kernel["pyodideUrl"] == "./static/pyodide/pyodide.mjs"


def test_offline_in_chromium(site, proxy, offline_browser, build_info):
    base, served = site
    _, proxied = proxy
    blocked: list[str] = []
    local: list[str] = []

    def route(request_route):
        url = request_route.request.url
        host = urlsplit(url).hostname
        if url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            local.append(url)
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context = offline_browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route("**/*", route)
    page = context.new_page()
    try:
        page.set_default_timeout(60_000)
        start = time.monotonic()
        page.goto(f"{base}/lab/index.html?path=01_sigmoid.ipynb", wait_until="domcontentloaded")

        # 1. The notebook opens in JupyterLab's UI with its stored cells and figures.
        page.wait_for_function(NOTEBOOK_OPEN, arg="01_sigmoid.ipynb")
        stored = json.loads((ROOT / "notebooks" / "01_sigmoid.ipynb").read_text())
        panel_id = page.evaluate("() => window.jupyterapp.shell.currentWidget.id")
        notebook = page.locator(f'[id="{panel_id}"] .jp-Notebook')
        stored_images = sum(
            "image/png" in out.get("data", {})
            for cell in stored["cells"]
            for out in cell.get("outputs", [])
        )
        assert stored_images >= 3
        page.wait_for_function(
            """([id, cells, images]) => {
                const nb = document.querySelector(`[id="${id}"] .jp-Notebook`);
                return nb && nb.querySelectorAll('.jp-Cell').length === cells
                    && nb.querySelectorAll('.jp-OutputArea-output img').length === images;
            }""",
            arg=[panel_id, len(stored["cells"]), stored_images],
        )

        # 2. The kernel starts, from the site's own Pyodide core.
        page.set_default_timeout(KERNEL_START_SECONDS * 1000)
        platform = page.evaluate(
            EXECUTE, "import sys, pyodide; print(sys.platform, pyodide.__version__)"
        )
        kernel_ready = time.monotonic() - start
        assert platform["status"] == "ok", platform
        assert platform["stdout"].split() == ["emscripten", build_info["pyodide"]]
        served_paths = {path for path, status in served if status == 200}
        for core in ["pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]:
            assert f"/static/pyodide/{core}" in served_paths, core
        assert any(url.endswith("/static/pyodide/pyodide.asm.wasm") for url in local), (
            "the page's routing did not see the worker's requests"
        )

        # 3. `import helpers`, as a notebook's setup cell does: the kernel installs helpers'
        # wheel from the site by itself; only numpy (compiled, not in an offline site) fails.
        wheel = next(
            p.name for p in (SITE / "static" / "pyodide").glob("logistic_regression_lectures-*.whl")
        )
        imported = run(page, "import helpers")
        if build_info["full"]:
            assert imported["status"] == "ok", imported
        else:
            assert imported["status"] == "error"
            # (pyodide-kernel names the class as "<class 'ModuleNotFoundError'>")
            assert "ModuleNotFoundError" in imported["error"]["ename"], imported
            assert imported["error"]["evalue"] == "No module named 'numpy'", imported
        served_paths = {path for path, status in served if status == 200}
        assert f"/static/pyodide/{wheel}" in served_paths  # from the site, not an index
        installed = run(
            page,
            "import importlib.metadata as md, importlib.util, sys\n"
            "files = sorted(str(f) for f in md.files('logistic-regression-lectures'))\n"
            "print(md.version('logistic-regression-lectures'))\n"
            "print(importlib.util.find_spec('helpers').origin)\n"
            "print(len([f for f in files if f.startswith('helpers/') and f.endswith('.py')]))\n"
            "print('helpers/logistic.py' in files, 'helpers/widgets/_base.py' in files)\n",
        )
        assert installed["status"] == "ok", installed
        version, origin, n_modules, has_files = installed["stdout"].splitlines()
        assert version == "0.1.0"
        assert origin.endswith("site-packages/helpers/__init__.py")
        sources = list((ROOT / "helpers").rglob("*.py"))
        assert int(n_modules) == len(sources)
        assert has_files == "True True"

        # 4. The pure-Python packages the notebooks need import, from the site.
        pure = run(
            page,
            "import ipywidgets, comm, traitlets, dateutil, pyparsing, cycler, fontTools, pytz\n"
            "import packaging, six\n"
            "print(ipywidgets.__version__, comm.__version__)",
        )
        assert pure["status"] == "ok", pure
        assert pure["stdout"].split() == [
            build_info["packages"]["ipywidgets"],
            build_info["packages"]["comm"],
        ]

        # 5. A cell that raises stops Run All, and the test learns it at once, with the
        # traceback, not after Run All's time-out (10 minutes in test_notebook_in_lite).
        page.evaluate(INSERT_CELL, [0, 'raise RuntimeError("stop here")'])
        code_cells = 1 + sum(cell["cell_type"] == "code" for cell in stored["cells"])
        began = time.monotonic()
        page.evaluate(RUN_ALL)
        state = run_all_state(page, code_cells, timeout=600_000)
        assert time.monotonic() - began < 60, state
        error = state["error"]
        assert error["cell"] == 1 and "RuntimeError" in error["ename"], error
        assert error["evalue"] == "stop here" and "stop here" in error["traceback"], error
        page.wait_for_function(KERNEL_IDLE)

        # 6. A slider round-trips: Python sets 7, the page shows 7; three presses of the
        # right arrow in the page show 10, and the kernel's observer sees the value rise to
        # 10 (the front end may merge the middle steps into one message).
        page.evaluate(
            RUN_NEW_CELL,
            "import ipywidgets as w\n"
            "seen = []\n"
            "s = w.IntSlider(value=5, min=0, max=100, description='probe')\n"
            "s.observe(lambda change: seen.append(change['new']), 'value')\n"
            "s.value = 7\n"
            "s",
        )
        cell = notebook.locator(".jp-CodeCell").last
        readout = cell.locator(".widget-readout")
        readout.wait_for()
        page.wait_for_function(
            "(el) => el.textContent.trim() === '7'", arg=readout.element_handle()
        )
        cell.locator(".noUi-handle").first.focus()
        for _ in range(3):
            page.keyboard.press("ArrowRight")
        page.wait_for_function(
            "(el) => el.textContent.trim() === '10'", arg=readout.element_handle()
        )
        deadline = time.monotonic() + 20
        while True:
            values = run(page, "print(s.value, *seen)")
            numbers = [int(v) for v in values["stdout"].split()]
            if numbers[0] == 10 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        value, *seen = numbers
        assert value == 10, values
        assert seen[0] == 7 and seen[-1] == 10 and seen == sorted(set(seen)), values
        assert cell.locator(".jp-OutputArea-output").inner_text().count("Error") == 0

        # 7. Nothing left the machine but what the notebook's markdown links (its badge).
        badges = web_images(ROOT / "notebooks" / "01_sigmoid.ipynb")
        assert badges, "notebook 01 links its Open in Colab badge"
        assert [url for url in blocked if url not in badges] == []
        from_site = [line for line in proxied if not CHROMIUM_SERVICES.match(line)]
        assert from_site == [], "\n".join(from_site)
        print(
            f"\nlite: page load to kernel ready {kernel_ready:.1f} s, {len(served)} requests "
            f"served, {len(proxied)} of Chromium's own to its services refused"
        )
    finally:
        context.close()


# ----------------------------------------------------------------------------- full site
# Every notebook of both editions, Run All in the browser: needs numpy and matplotlib in the
# site, so a site built with `make lite-full` (the internet); .github/workflows/lite.yml runs it.
LITE_NOTEBOOKS = [(p, p.name) for p in sorted((ROOT / "notebooks").glob("*.ipynb"))] + [
    (p, f"ko/{p.name}") for p in sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
]
TIMINGS = ROOT / "artifacts" / "lite-run-all.json"


def cpython_run_all(path) -> float:
    """Run All in a started CPython kernel (kernel start and `import helpers` excluded)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(path.parent)}}
    )
    with client.setup_kernel(stderr=subprocess.DEVNULL):
        client.execute_cell(nbformat.v4.new_code_cell("import helpers"), 0)
        start = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        return time.perf_counter() - start


@pytest.mark.parametrize("path,name", LITE_NOTEBOOKS, ids=[n for _, n in LITE_NOTEBOOKS])
def test_notebook_in_lite(site, proxy, offline_browser, build_info, path, name):
    if not build_info["full"]:
        pytest.skip(
            "the offline site lacks numpy and matplotlib (from Pyodide's CDN): "
            "`make lite-full` with the internet; .github/workflows/lite.yml runs this"
        )
    base, _ = site
    _, proxied = proxy
    blocked: list[str] = []

    def route(request_route):
        if urlsplit(request_route.request.url).hostname in LOCAL_HOSTS or (
            request_route.request.url.startswith(("data:", "blob:"))
        ):
            request_route.continue_()
        else:
            blocked.append(request_route.request.url)
            request_route.abort()

    stored = [c for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code"]
    context = offline_browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route("**/*", route)
    page = context.new_page()
    try:
        page.set_default_timeout(KERNEL_START_SECONDS * 1000)
        page.goto(f"{base}/lab/index.html?path={name}", wait_until="domcontentloaded")
        page.wait_for_function(NOTEBOOK_OPEN, arg=name)
        assert page.evaluate(EXECUTE, "print(1 + 1)")["stdout"] == "2\n"  # kernel ready
        start = page.evaluate(RUN_ALL)
        end = wait_for_run_all(page, len(stored), timeout=600_000)
        page.wait_for_timeout(1500)  # let the last widgets render
        panel_id = page.evaluate("() => window.jupyterapp.shell.currentWidget.id")
        cells = page.locator(f'[id="{panel_id}"] .jp-Notebook .jp-CodeCell')
        assert cells.count() == len(stored)
        stderr = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        errors = page.locator(f'[id="{panel_id}"] {stderr}')
        assert errors.count() == 0, errors.all_inner_texts()
        body = page.locator(f'[id="{panel_id}"]').inner_text()
        assert "Error displaying widget" not in body and "Traceback" not in body
        for i, cell in enumerate(stored):
            dom = cells.nth(i)
            figure = any("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
            widget = "nbval-ignore-output" in cell.get("metadata", {}).get("tags", [])
            if figure or widget:
                assert dom.locator(".jp-OutputArea-output img").count() >= 1, f"cell {i + 1}"
            if widget:
                play_with_widget(page, dom, f"cell {i + 1}", timeout=30_000)
        shots = ROOT / "artifacts" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / f"lite-{name.replace('/', '-')}.png"), full_page=True)
        assert [url for url in blocked if url not in web_images(path)] == []
        from_site = [line for line in proxied if not CHROMIUM_SERVICES.match(line)]
        assert from_site == [], "\n".join(from_site)
        browser_seconds = (end - start) / 1000
        cpython_seconds = cpython_run_all(path)
        TIMINGS.parent.mkdir(parents=True, exist_ok=True)
        timings = json.loads(TIMINGS.read_text()) if TIMINGS.exists() else {}
        timings[name] = {
            "browser_s": round(browser_seconds, 2),
            "cpython_s": round(cpython_seconds, 2),
        }
        TIMINGS.write_text(json.dumps(timings, indent=1, sort_keys=True) + "\n")
        print(
            f"\n{name}: Run All {browser_seconds:.1f} s in the browser, "
            f"{cpython_seconds:.1f} s in CPython"
        )
    finally:
        context.close()
