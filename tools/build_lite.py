"""Build the JupyterLite edition: `make lite` (offline) or `make lite-full` (with the internet).

The site is static files in build/lite/: JupyterLab's UI, the notebooks of both editions
(notebooks/*.ipynb and notebooks/ko/*.ipynb, whichever exist), the ipywidgets front end, and
Pyodide (Python compiled to WebAssembly) with every package the notebooks import, so that a
browser needs nothing but this site. Steps:

1. Pyodide's core (the .mjs loader, the .wasm, the standard library, pyodide-lock.json) from
   the npm registry's `pyodide` package, at exactly the version the installed
   jupyterlite-pyodide-kernel expects (checked, not assumed).
2. A wheel of `helpers` (this repository's package), built from a copy of its sources.
3. The site's own pyodide-lock.json: Pyodide's lock cut down to what the notebooks and the
   kernel need (the closure of ROOTS over the lock's dependencies), with entries added for
   comm, ipywidgets and `helpers` (its import name mapped, so `import helpers` in a notebook
   loads it and its dependencies: no %pip cell). Every pure-Python wheel in that closure is
   downloaded from PyPI, at the lock's version, into the site.
4. The compiled packages (numpy, matplotlib, and contourpy, kiwisolver and pillow, which
   matplotlib needs) come from Pyodide's CDN, at the lock's versions: with --full they are
   downloaded from there and checked against the lock's sha256; without it they are left out
   and listed in build/lite/lite-build.json as `missing`. PyPI has WebAssembly wheels
   (pyemscripten_2026_0_wasm32) for one of them only, contourpy, and at 1.4.0 where the lock
   has 1.3.3; for numpy, matplotlib, kiwisolver and pillow it has none (checked 2026-12-02).
   Taking that one from PyPI would change a version Pyodide built and tested matplotlib with,
   and still leave the offline build without numpy: all five come from the CDN.
5. `jupyter lite build` with lite/jupyter_lite_config.json, which copies the core and the
   wheels into static/pyodide/ and points the kernel's pyodideUrl at them.

Downloads are cached in .lite-cache/ (ignored), so a second build downloads nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata as metadata
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".lite-cache"
STAGE = ROOT / "build" / "lite-src"
SITE = ROOT / "build" / "lite"
CONFIG = ROOT / "lite"

#: the npm `pyodide` package; must equal jupyterlite_pyodide_kernel.constants.PYODIDE_VERSION
PYODIDE_VERSION = "314.0.6"
PYODIDE_CDN = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full"
#: files of the npm package that the kernel loads (the rest are docs, types, demo pages)
PYODIDE_CORE = [
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
]
#: the distribution name of `helpers` (pyproject.toml)
HELPERS_DIST = "logistic-regression-lectures"
#: what the site must provide. The kernel's web worker loads micropip and then installs
#: comm, ipython and jedi (ipykernel, piplite and pyodide-kernel come with its extension);
#: the notebooks import helpers and ipywidgets.
ROOTS = ["micropip", "comm", "ipython", "jedi", "ipywidgets", HELPERS_DIST]
#: compiled for WebAssembly, taken from Pyodide's CDN (step 4 above): the only packages an
#: offline build may lack (tests/test_lite.py checks that the gap is exactly this)
COMPILED_FROM_PYODIDE_CDN = {"numpy", "matplotlib", "contourpy", "kiwisolver", "pillow"}


def log(message: str) -> None:
    print(f"[lite] {message}", flush=True)


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def expected_pyodide_version() -> str:
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION as expected

    return expected


# ----------------------------------------------------------------------------- 1. pyodide
def fetch_pyodide(dest: Path) -> None:
    """Pyodide's core from the npm registry (cached), unpacked into dest."""
    expected = expected_pyodide_version()
    if expected != PYODIDE_VERSION:
        sys.exit(
            f"jupyterlite-pyodide-kernel {metadata.version('jupyterlite-pyodide-kernel')} "
            f"expects Pyodide {expected}, tools/build_lite.py pins {PYODIDE_VERSION}: "
            "change one of them so that they agree"
        )
    npm_cache = CACHE / "npm"
    tarball = npm_cache / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tarball.exists():
        npm_cache.mkdir(parents=True, exist_ok=True)
        log(f"npm pack pyodide@{PYODIDE_VERSION}")
        subprocess.run(
            [
                "npm",
                "pack",
                "--silent",
                f"pyodide@{PYODIDE_VERSION}",
                "--pack-destination",
                str(npm_cache),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball) as archive:
        package = json.load(archive.extractfile("package/package.json"))
        if package["version"] != PYODIDE_VERSION:
            sys.exit(f"{tarball} holds pyodide {package['version']}, not {PYODIDE_VERSION}")
        for name in PYODIDE_CORE:
            member = archive.getmember(f"package/{name}")
            (dest / name).write_bytes(archive.extractfile(member).read())


# ----------------------------------------------------------------------------- 2. helpers
def build_helpers_wheel(dest: Path) -> Path:
    """A wheel of `helpers`, built from a copy of its sources (no stale build/ leftovers)."""
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "src"
        source.mkdir()
        for name in ["pyproject.toml", "README.md", "LICENSE"]:
            shutil.copy(ROOT / name, source / name)
        shutil.copytree(
            ROOT / "helpers", source / "helpers", ignore=shutil.ignore_patterns("__pycache__")
        )
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp, str(source)],
            check=True,
        )
        (wheel,) = Path(tmp).glob("*.whl")
        return Path(shutil.copy(wheel, dest / wheel.name))


def wheel_metadata(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        message = Parser().parsestr(archive.read(name).decode())
        top = {n.split("/")[0] for n in archive.namelist() if not n.split("/")[0].endswith("-info")}
    requires = [
        normalize(re.split(r"[<>=!~; \[(]", r, maxsplit=1)[0])
        for r in message.get_all("Requires-Dist") or []
        if "extra ==" not in r
    ]
    return {
        "name": normalize(message["Name"]),
        "version": message["Version"],
        "depends": requires,
        "imports": sorted(t.removesuffix(".py") for t in top),
    }


# ----------------------------------------------------------------------------- 3. the lock
def lock_entry(wheel: Path, name: str, version: str, depends: list, imports: list) -> dict:
    return {
        "name": name,
        "version": version,
        "file_name": wheel.name,
        "install_dir": "site",
        "sha256": sha256(wheel),
        "package_type": "package",
        "imports": imports,
        "depends": depends,
        "unvendored_tests": False,
    }


def closure(packages: dict, roots: list[str]) -> list[str]:
    seen, todo = set(), list(roots)
    while todo:
        name = normalize(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        if name not in packages:
            sys.exit(f"{name} is needed but is neither in Pyodide's lock nor added by the build")
        todo.extend(packages[name]["depends"])
    return sorted(seen)


def pip_download(requirements: list[str], dest: Path) -> None:
    """Pure-Python wheels from PyPI (skipped when every one is in the cache)."""
    dest.mkdir(parents=True, exist_ok=True)

    def cached(req: str) -> bool:
        name, version = req.split("==")
        stem = f"{normalize(name).replace('-', '_')}-{version}-"
        return any(p.name.lower().startswith(stem) for p in dest.glob("*.whl"))

    todo = [r for r in requirements if not cached(r)]
    if not todo:
        return
    log(f"pip download {len(todo)} pure-Python wheels from PyPI")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--platform=any",
            "--python-version=3.14",
            "--implementation=py",
            "--abi=none",
            "-d",
            str(dest),
            *todo,
        ],
        check=True,
    )


def find_wheel(directory: Path, name: str, version: str) -> Path:
    stem = f"{normalize(name).replace('-', '_')}-{version}-"
    (wheel,) = [p for p in directory.glob("*.whl") if p.name.lower().startswith(stem)]
    return wheel


def fetch_url(url: str, dest: Path, expected_sha256: str) -> None:
    if not dest.exists():
        log(f"download {url}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_suffix(".part")
        try:
            with urllib.request.urlopen(url, timeout=120) as response, partial.open("wb") as out:
                shutil.copyfileobj(response, out)
        except OSError as error:  # URLError, timeouts: no internet here
            partial.unlink(missing_ok=True)
            sys.exit(f"{url}: {error}. A full site needs the internet (make lite does not).")
        partial.rename(dest)
    if sha256(dest) != expected_sha256:
        dest.unlink()
        sys.exit(f"{url}: sha256 differs from Pyodide's lock")


def make_lock(pyodide_dir: Path, helpers_wheel: Path, full: bool) -> dict:
    """Write the site's pyodide-lock.json into pyodide_dir; return a build summary."""
    lock = json.loads((pyodide_dir / "pyodide-lock.json").read_text())
    packages = lock["packages"]

    # Added entries: comm and ipywidgets at the versions installed here, which match the
    # ipywidgets front end (jupyterlab_widgets) that the build copies into the site.
    # ipywidgets' two other dependencies, widgetsnbextension and jupyterlab_widgets, hold only
    # front-end files, which the site has as a JupyterLab extension: left out of the lock.
    added, added_wheels = {}, {HELPERS_DIST: helpers_wheel}
    for name in ["comm", "ipywidgets"]:
        version = metadata.version(name)
        pip_download([f"{name}=={version}"], CACHE / "wheels")
        wheel = added_wheels[name] = find_wheel(CACHE / "wheels", name, version)
        info = wheel_metadata(wheel)
        depends = [d for d in info["depends"] if d in packages or d in added]
        added[name] = lock_entry(wheel, name, version, depends, info["imports"])
    info = wheel_metadata(helpers_wheel)
    added[HELPERS_DIST] = lock_entry(
        helpers_wheel, HELPERS_DIST, info["version"], info["depends"], info["imports"]
    )
    for name, entry in added.items():
        if name in packages:
            sys.exit(f"{name} is in Pyodide's lock already: drop it from the added entries")
        packages[name] = entry

    needed = closure(packages, ROOTS)
    pure = [n for n in needed if n not in added and packages[n]["file_name"].endswith("-any.whl")]
    compiled = [n for n in needed if n not in added and n not in pure]
    pip_download([f"{n}=={packages[n]['version']}" for n in pure], CACHE / "wheels")

    sources, same_as_pyodide = {}, []
    for name in pure:
        entry = packages[name]
        wheel = find_wheel(CACHE / "wheels", name, entry["version"])
        digest = sha256(wheel)
        if digest == entry["sha256"]:
            same_as_pyodide.append(name)
        shutil.copy(wheel, pyodide_dir / wheel.name)
        entry.update(file_name=wheel.name, sha256=digest)
        sources[name] = "PyPI"
    for name, wheel in added_wheels.items():
        shutil.copy(wheel, pyodide_dir / wheel.name)
        sources[name] = "this repository" if name == HELPERS_DIST else "PyPI"
    missing = []
    for name in compiled:
        entry = packages[name]
        if full:
            cached = CACHE / "pyodide-cdn" / entry["file_name"]
            fetch_url(f"{PYODIDE_CDN}/{entry['file_name']}", cached, entry["sha256"])
            shutil.copy(cached, pyodide_dir / entry["file_name"])
            sources[name] = "Pyodide's CDN"
        else:
            missing.append(name)

    lock["packages"] = {name: packages[name] for name in needed}
    (pyodide_dir / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True))
    return {
        "pyodide": PYODIDE_VERSION,
        "jupyterlite-core": metadata.version("jupyterlite-core"),
        "jupyterlite-pyodide-kernel": metadata.version("jupyterlite-pyodide-kernel"),
        "full": full,
        "packages": {name: packages[name]["version"] for name in needed},
        "sources": sources,
        "missing": sorted(missing),
        "pypi_wheel_identical_to_pyodide": sorted(same_as_pyodide),
    }


# ----------------------------------------------------------------------------- 4. the site
def notebooks() -> list[tuple[Path, str]]:
    """Both editions: notebooks/*.ipynb at the top, notebooks/ko/*.ipynb under ko/."""
    english = sorted((ROOT / "notebooks").glob("*.ipynb"))
    korean = sorted((ROOT / "notebooks" / "ko").glob("*.ipynb"))
    return [(p, p.name) for p in english] + [(p, f"ko/{p.name}") for p in korean]


def site_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(full: bool) -> dict:
    start = time.perf_counter()
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.rmtree(SITE, ignore_errors=True)
    STAGE.mkdir(parents=True)
    for name in ["jupyter_lite_config.json", "jupyter-lite.json", "overrides.json"]:
        shutil.copy(CONFIG / name, STAGE / name)
    for source, target in notebooks():
        (STAGE / "files" / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, STAGE / "files" / target)
    # jupyter lite copies lite_dir/static/pyodide/ into the site and points pyodideUrl at it
    pyodide_dir = STAGE / "static" / "pyodide"
    fetch_pyodide(pyodide_dir)
    helpers_wheel = build_helpers_wheel(CACHE / "helpers")
    summary = make_lock(pyodide_dir, helpers_wheel, full)
    helpers_wheel.unlink()
    log("jupyter lite build")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lite",
            "build",
            "--lite-dir",
            str(STAGE),
            "--output-dir",
            str(SITE),
        ],
        cwd=STAGE,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    summary["notebooks"] = [target for _, target in notebooks()]
    summary["size_bytes"] = site_size(SITE)
    summary["build_seconds"] = round(time.perf_counter() - start, 1)
    (SITE / "lite-build.json").write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--full",
        action="store_true",
        help="also download the compiled packages (numpy, matplotlib, ...) from Pyodide's CDN",
    )
    args = parser.parse_args()
    summary = build(args.full)
    log(
        f"{SITE.relative_to(ROOT)}: {summary['size_bytes'] / 1e6:.1f} MB, "
        f"{len(summary['notebooks'])} notebooks, {len(summary['packages'])} Python packages, "
        f"built in {summary['build_seconds']} s"
    )
    if summary["missing"]:
        log(f"left out (from Pyodide's CDN; make lite-full adds them): {summary['missing']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
