"""The English notebooks run in JupyterLab in a real browser (headless Chromium via Playwright);
tests/test_browser_ko.py runs the Korean quiz notebook the same way.

nbval proves the kernel side; this proves what a learner sees: no error output, every widget
rendered as a widget (not as "Error displaying widget" or a raw `FloatSlider(...)` repr), an
image in every figure cell, and in every interactive figure one slider moved (or, in the quiz,
one question answered) that changes its figure. Screenshots of each interactive cell after
that change, and of the page, go to artifacts/screenshots/ (ignored by git).

The server gets a random port and token and its own config, runtime, settings and workspace
folders, and serves *copies* of the notebooks, so nothing in the repository is written.
Chromium is Debian's (``apt-get install chromium``), started by this module so that it and
the server are both stopped by their own process ids, whatever happens.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import ENGLISH, NOTEBOOKS, ROOT, notebook_id

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"no Chromium at {CHROMIUM}: `apt-get install chromium` (Debian), or set CHROMIUM",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    """Stop a process and its whole group (it was started in a new session)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 serving copies of the notebooks; yields its base URL."""
    home = tmp_path_factory.mktemp("lab")
    served = home / "notebooks"
    served.mkdir()
    for path in NOTEBOOKS:
        (served / notebook_id(path)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, served / notebook_id(path))
    settings = home / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    # Render every cell in the DOM (no virtual scrolling), so every cell can be inspected.
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    news = home / "settings" / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True)
    (news / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    port, token = free_port(), os.urandom(16).hex()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "IPYTHONDIR": str(home / "ipython"),
    }
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={served}",
        f"--LabApp.user_settings_dir={home / 'settings'}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/api/status?token={token}", 90, server)
        yield f"http://127.0.0.1:{port}", token
    finally:
        stop(server)
        log.close()


@contextlib.contextmanager
def chromium_over_cdp(profile: Path, *flags: str):
    """Headless Chromium with ``flags`` and a fresh ``profile``, driven by Playwright over CDP."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(CHROMIUM),
            *CHROMIUM_FLAGS,
            *flags,
            f"--remote-debugging-port={port}",
            f"--user-data-dir={profile}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/json/version", 60, process)
        with playwright_api.sync_playwright() as playwright:
            connected = playwright.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
            try:
                yield connected
            finally:
                connected.close()
    finally:
        stop(process)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium_over_cdp(tmp_path_factory.mktemp("chromium-profile")) as connected:
        yield connected


def play_with_widget(page, dom, where: str, timeout: int) -> None:
    """Move the first slider of a widget cell (or answer the quiz's question 1: large, solid)
    and wait until its figure's image changes."""
    image = dom.locator(".jp-OutputArea-output img").first
    before = image.get_attribute("src")
    handles = dom.locator(".noUi-handle")
    buttons = dom.locator(".widget-toggle-buttons button")
    if handles.count():
        handles.first.focus()
        for _ in range(5):
            page.keyboard.press("ArrowRight")
    elif buttons.count() >= 3:
        buttons.nth(1).click()
        buttons.nth(2).click()
    else:
        pytest.fail(f"{where}: a widget with neither a slider nor a quiz")
    page.wait_for_function(
        "([el, old]) => el.getAttribute('src') !== old",
        arg=[image.element_handle(), before],
        timeout=timeout,
    )


def stored_code_cells(path: Path) -> list[dict]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [cell for cell in nb["cells"] if cell["cell_type"] == "code"]


def has_image(cell: dict) -> bool:
    return any("image/png" in out.get("data", {}) for out in cell.get("outputs", []))


def is_widget_cell(cell: dict) -> bool:
    return "nbval-ignore-output" in cell.get("metadata", {}).get("tags", [])


CURRENT_NOTEBOOK = """(name) => {
    const app = window.jupyterapp;
    const panel = app && app.shell.currentWidget;
    return Boolean(panel && panel.context && panel.context.path === name);
}"""

#: Run All in the current notebook; returns the page clock when it started (ms).
RUN_ALL = """async () => {
    const app = window.jupyterapp;
    const panel = app.shell.currentWidget;
    await panel.context.ready;
    await panel.sessionContext.ready;
    const start = performance.now();
    await app.commands.execute('notebook:run-all-cells');
    return start;
}"""

#: Where Run All stands: ``{error: ...}`` as soon as a cell's output is an error (Run All
#: stops there, and the cells after it would never get a number), ``{done: page clock in
#: ms}`` once every code cell has run and the kernel is idle, else false.
RUN_ALL_STATE = """(n) => {
    const panel = window.jupyterapp.shell.currentWidget;
    const cells = panel.content.model.cells;
    for (let i = 0, code = 0; i < cells.length; i++) {
        const cell = cells.get(i);
        if (cell.type !== 'code') continue;
        code += 1;
        for (let j = 0; j < cell.outputs.length; j++) {
            const out = cell.outputs.get(j).toJSON();
            if (out.output_type === 'error') {
                return {error: {cell: code, source: cell.sharedModel.getSource(),
                    ename: out.ename, evalue: out.evalue, traceback: out.traceback.join('\\n')}};
            }
        }
    }
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    const prompts = [...panel.node.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
    const done = kernel && kernel.status === 'idle' && prompts.length === n
        && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
    return done && {done: performance.now()};
}"""

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def run_all_state(page, n: int, timeout: int) -> dict:
    """Wait until Run All over ``n`` code cells has finished or a cell has raised."""
    return page.wait_for_function(RUN_ALL_STATE, arg=n, timeout=timeout).json_value()


def wait_for_run_all(page, n: int, timeout: int) -> float:
    """The page clock (ms) when Run All finished; fails at once, with the traceback, when a
    cell raises (rather than waiting out ``timeout`` for prompts that will never be numbered)."""
    state = run_all_state(page, n, timeout)
    if "error" in state:
        error = state["error"]
        pytest.fail(
            f"code cell {error['cell']} raised {error['ename']}: {error['evalue']}\n"
            f"{error['source']}\n{ANSI.sub('', error['traceback'])}",
            pytrace=False,
        )
    return state["done"]


@pytest.mark.parametrize("path", ENGLISH, ids=[notebook_id(p) for p in ENGLISH])
def test_notebook_in_jupyterlab(lab, browser, path):
    """The English edition; tests/test_browser_ko.py runs the Korean one (a file each, so
    that `make test`'s workers take one edition each)."""
    run_in_jupyterlab(lab, browser, path)


def run_in_jupyterlab(lab, browser, path: Path) -> None:
    """Run All in JupyterLab, then look at what the learner sees (see the module docstring)."""
    base, token = lab
    stored = stored_code_cells(path)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.set_default_timeout(60_000)
        # `reset`: a fresh workspace, so the notebooks opened before are not restored beside it.
        url = f"{base}/lab/tree/{notebook_id(path)}?reset&token={token}"
        page.goto(url, wait_until="domcontentloaded")
        page.wait_for_function(CURRENT_NOTEBOOK, arg=notebook_id(path))
        # Everything below looks inside this notebook's panel only.
        panel_id = page.evaluate("() => window.jupyterapp.shell.currentWidget.id")
        notebook = page.locator(f'[id="{panel_id}"] .jp-Notebook')
        notebook.locator(".jp-CodeCell").first.wait_for()
        page.evaluate(RUN_ALL)
        wait_for_run_all(page, len(stored), timeout=180_000)
        page.wait_for_timeout(1500)  # let the last widgets render
        cells = notebook.locator(".jp-CodeCell")
        assert cells.count() == len(stored)

        errors = notebook.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
        )
        assert errors.count() == 0, errors.all_inner_texts()
        body = notebook.inner_text()
        assert "Error displaying widget" not in body
        assert "Slider(" not in body and "VBox(" not in body

        for i, cell in enumerate(stored):
            dom = cells.nth(i)
            if has_image(cell) or is_widget_cell(cell):
                assert dom.locator(".jp-OutputArea-output img").count() >= 1, (
                    f"cell {i + 1} shows no image: {''.join(cell['source'])[:60]}"
                )
            if is_widget_cell(cell):
                assert dom.locator(".jupyter-widgets").count() >= 1, f"cell {i + 1}: no widget"
                play_with_widget(page, dom, f"cell {i + 1}", timeout=10_000)
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                dom.screenshot(
                    path=str(
                        SCREENSHOTS
                        / f"{notebook_id(path)[:-6].replace('/', '-')}-cell{i + 1:02d}.png"
                    )
                )
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{notebook_id(path)[:-6].replace('/', '-')}.png"))
    finally:
        page.close()
