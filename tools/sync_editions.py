"""Keep the Korean edition (notebooks/ko/) in step with the English one (notebooks/), the source.

    python tools/sync_editions.py            carry the English edition's changes into the Korean one
    python tools/sync_editions.py --check    change nothing; exit 1 and list what differs

The two editions have the same cells, in the same order, with the same ids. For each English cell:

- a code cell keeps its Korean comments while its code (everything but the comments) is the
  English code; when the English code changed, the English cell is copied over (its comments
  are then English: the report lists the cell for translation). The setup cell is the English
  one plus the line that selects Korean (`KOREAN_LINE`).
- a markdown cell keeps its Korean text. Each Korean markdown cell records the hash of the
  English text it was translated from (``metadata.translation.source_sha``); when the English
  text changes the hash no longer matches and the report lists the cell as stale. A new
  English cell is copied in, in English, and listed the same way.
- a Korean cell whose id the English edition no longer has is removed.

Outputs are left alone here; `make execute` refreshes both editions.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import pathlib
import sys
import tokenize

ROOT = pathlib.Path(__file__).resolve().parents[1]
ENGLISH = ROOT / "notebooks"
KOREAN = ENGLISH / "ko"
KOREAN_LINE = 'helpers.set_language("ko")'
SETUP_MARK = "import helpers"


def source(cell) -> str:
    text = cell["source"]
    return text if isinstance(text, str) else "".join(text)


def lines(text: str) -> list[str]:
    parts = text.split("\n")
    return [line + "\n" for line in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def source_sha(text: str) -> str:
    """The hash a Korean markdown cell records of the English text it translates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def code_tokens(text: str, ignore_strings: bool = False) -> list[tuple[int, str]]:
    """The code's tokens without comments and line layout (and string contents, if asked)."""
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    tokens = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type in skip or token.type == tokenize.ENDMARKER:
            continue
        if ignore_strings and token.type in (
            tokenize.STRING,
            getattr(tokenize, "FSTRING_START", -1),
        ):
            tokens.append((tokenize.STRING, "''"))
            continue
        tokens.append((token.type, token.string))
    return tokens


def is_setup(cell) -> bool:
    return cell["cell_type"] == "code" and SETUP_MARK in source(cell)


def korean_setup(english_source: str) -> str:
    return english_source.rstrip("\n") + "\n" + KOREAN_LINE


def sync_notebook(english: dict, korean: dict) -> tuple[dict, list[str]]:
    """The Korean notebook brought in step with ``english``, and the list of what changed or
    still needs translating (empty when the two are in step)."""
    report = []
    by_id = {cell.get("id"): cell for cell in korean["cells"]}
    cells = []
    for position, en_cell in enumerate(english["cells"]):
        cid = en_cell["id"]
        text = source(en_cell)
        ko_cell = by_id.pop(cid, None)
        new = ko_cell is None or ko_cell["cell_type"] != en_cell["cell_type"]
        if new:
            ko_cell = copy.deepcopy(en_cell)
            if ko_cell["cell_type"] == "markdown":
                ko_cell["metadata"]["translation"] = {"source_sha": ""}
            report.append(f"cell {position} ({cid}): new, copied in English: translate it")
        else:
            ko_cell = copy.deepcopy(ko_cell)
        metadata = copy.deepcopy(en_cell["metadata"])
        if "translation" in ko_cell["metadata"]:
            metadata["translation"] = ko_cell["metadata"]["translation"]
        if ko_cell["metadata"] != metadata:
            ko_cell["metadata"] = metadata
            report.append(f"cell {position} ({cid}): metadata taken from the English cell")
        if en_cell["cell_type"] == "markdown" and not new:
            if metadata.get("translation", {}).get("source_sha") != source_sha(text):
                report.append(f"cell {position} ({cid}): English text changed: translate it")
        elif en_cell["cell_type"] == "code":
            expected = korean_setup(text) if is_setup(en_cell) else text
            if code_tokens(source(ko_cell)) != code_tokens(expected):
                ko_cell["source"] = lines(expected)
                ko_cell["outputs"], ko_cell["execution_count"] = [], None
                report.append(
                    f"cell {position} ({cid}): English code copied: translate its comments"
                )
        cells.append(ko_cell)
    for cid in by_id:
        report.append(f"cell ({cid}): no longer in the English edition: removed")
    kept = [cell.get("id") for cell in korean["cells"] if cell.get("id") not in by_id]
    if kept != [cell["id"] for cell in cells if cell["id"] in kept]:
        report.append("cells reordered to follow the English edition")
    synced = copy.deepcopy(korean)
    synced["cells"] = cells
    synced["metadata"] = copy.deepcopy(english["metadata"])
    return synced, report


def pairs():
    """(English path, Korean path) for every English notebook."""
    return [(path, KOREAN / path.name) for path in sorted(ENGLISH.glob("[0-9][0-9]_*.ipynb"))]


def load(path: pathlib.Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def save(notebook: dict, path: pathlib.Path) -> None:
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 on any drift")
    args = parser.parse_args(argv)
    drift = False
    for en_path, ko_path in pairs():
        name = en_path.name
        if not ko_path.exists():
            print(f"{name}: no Korean twin at {ko_path.relative_to(ROOT)}")
            drift = True
            continue
        synced, report = sync_notebook(load(en_path), load(ko_path))
        for line in report:
            print(f"{name}: {line}")
        drift = drift or bool(report)
        if not args.check and synced != load(ko_path):
            save(synced, ko_path)
    extra = sorted({p.name for p in KOREAN.glob("*.ipynb")} - {p.name for p, _ in pairs()})
    for name in extra:
        print(f"{name}: a Korean notebook without an English one")
        drift = True
    if not drift:
        print("The two editions are in step.")
    return 1 if (drift and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
