"""Records Alembic's CLI output for the graphs in ../fixtures/graphs.json.

    /usr/bin/python3 test/cli/alembic/record.py   # from the repo root; needs alembic 1.8

Writes ../fixtures/alembic-cli.json: {graph: {command: {"exit": n, "stdout": text}}}.
Alembic 1.8 loads revision files in os.listdir() order, which depends on the
file system; Athanor sorts by name, so listdir is sorted here to compare the
same load order. Paths are recorded relative to the project ("<dir>/...").
"""
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import alembic

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")

COMMANDS = [
    "heads", "heads -v", "heads --resolve-dependencies",
    "branches", "branches -v",
    "history", "history -v",
    "history -r aaaa11112222:bbbb22223333", "history -r :cccc", "history -r dddd:",
    "history -r cccc:+2", "history -r:cccc+1", "history -r:cccc+20", "history -rffff:+5",
    "history -r-1:ffff", "history -rbase:shop@+2", "history -rshop@-1:", "history -rheads:",
    "history -rshop@base:shop@head", "history -r:shop", "history -rcccc:2222", "history -rbase:base",
    "show eeee55556666", "show dddd", "show shop@head", "show lib", "show heads", "show base",
    "show aaaa11112222", "show bbbb22223333",
]

# Run after `alembic stamp <STAMPED>` on a SQLite database (the merged graph).
STAMPED = ["bbbb22223333", "dddd44445555"]
CURRENT_COMMANDS = ["history -i", "history -v -i", "show current", "history -r current:", "history -r :current", "history -r current:+1"]

RUNNER = """
import os, sys
_listdir = os.listdir
os.listdir = lambda p=".": sorted(_listdir(p))
from alembic.config import main
main(argv=sys.argv[1:], prog="alembic")
"""


def write_python(path, r):
    down = r["down"]
    revises = ", ".join(down) if isinstance(down, list) else (down or "")
    doc = f"{r['message']}\n\nRevision ID: {r['rev']}\nRevises: {revises}\nCreate Date: 2026-01-01 00:00:00.000000"
    pydown = repr(tuple(down)) if isinstance(down, list) else repr(down)
    labels = tuple(r.get("branchLabels", [])) or None
    deps = tuple(r.get("dependsOn", [])) or None
    with open(path, "w") as f:
        f.write(f'"""{doc}\n\n"""\nrevision = {r["rev"]!r}\ndown_revision = {pydown}\n'
                f"branch_labels = {labels!r}\ndepends_on = {deps!r}\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")


def record(graph, stamp=None):
    tmp = tempfile.mkdtemp(prefix="alembic-rec-")
    try:
        subprocess.run([sys.executable, "-m", "alembic", "init", "migrations"], cwd=tmp, check=True, capture_output=True)
        versions = os.path.join(tmp, "migrations", "versions")
        for r in graph:
            write_python(os.path.join(versions, f"{r['rev']}_{r['message'].replace(' ', '_')}.py"), r)
        runner = os.path.join(tmp, "run.py")
        with open(runner, "w") as f:
            f.write(RUNNER)
        out = {}
        commands = COMMANDS
        if stamp:
            ini = os.path.join(tmp, "alembic.ini")
            with open(ini) as f:
                text = f.read()
            with open(ini, "w") as f:
                f.write(text.replace("driver://user:pass@localhost/dbname", "sqlite:///current.db"))
            subprocess.run([sys.executable, runner, "stamp", *stamp], cwd=tmp, check=True, capture_output=True)
            commands = CURRENT_COMMANDS
        for cmd in commands:
            p = subprocess.run([sys.executable, runner, *cmd.split(" ")], cwd=tmp, capture_output=True, text=True)
            out[cmd] = {"exit": p.returncode, "stdout": p.stdout.replace(tmp, "<dir>")}
        return out
    finally:
        shutil.rmtree(tmp)


def main():
    graphs = json.load(open(os.path.join(FIXTURES, "graphs.json")))
    result = {
        "alembic": alembic.__version__,
        "graphs": {name: record(g) for name, g in graphs.items()},
        "current": {"graph": "merged", "stamped": STAMPED, "commands": record(graphs["merged"], STAMPED)},
    }
    with open(os.path.join(FIXTURES, "alembic-cli.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
