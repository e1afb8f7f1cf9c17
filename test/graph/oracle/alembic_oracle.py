"""
Generates golden results from real Alembic (1.8.x) for Athanor's revision
graph tests: random DAGs (shuffled load order, merges, several roots,
dependencies, branch labels) and, for each, upgrade/downgrade/stamp plans,
iterate_revisions with flags, walk_revisions and symbol resolution.

    /usr/bin/python3 test/graph/oracle/alembic_oracle.py > test/graph/fixtures/alembic-oracle.json

Deterministic (seeded). Only Alembic's pure layers are used
(RevisionMap, ScriptDirectory._upgrade_revs/_downgrade_revs/_stamp_revs,
HeadMaintainer with a fake context). At most one dependency per revision,
because Alembic orders several normalized dependencies by Python set order.
"""
import json
import os
import random
import sys
import warnings
from unittest import mock

import alembic
from alembic.runtime.migration import HeadMaintainer, RevisionStep
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision, RevisionMap

warnings.simplefilter("ignore")


class _Mod:
    def __init__(self, doc):
        self.__doc__ = doc

    def upgrade(self):
        pass

    def downgrade(self):
        pass


class _Script(Revision):
    def __init__(self, rid, down, deps, labels):
        super().__init__(rid, down, dependencies=deps or None, branch_labels=labels or None)
        self.module = _Mod(rid)
        self.path = rid


def build(specs):
    revs = [
        _Script(s["id"], tuple(s["down"]) if s["down"] else None, tuple(s["deps"]), tuple(s["labels"]))
        for s in specs
    ]
    sd = ScriptDirectory.__new__(ScriptDirectory)
    sd.revision_map = RevisionMap(lambda: revs)
    sd.revision_map.heads  # build
    return sd


def err(e):
    from alembic.util import CommandError
    from alembic.script.revision import RevisionError

    if isinstance(e, (CommandError, RevisionError)):
        return {"error": str(e)}
    return {"crash": "%s: %s" % (type(e).__name__, e)}


def run_heads(steps, heads):
    hm = HeadMaintainer(mock.Mock(), heads)
    after = []
    for s in steps:
        hm.update_to_step(s)
        after.append(sorted(hm.heads))
    return after


def step_ids(steps):
    return [s.revision.revision for s in steps]


def random_graph(rng, n):
    ids = ["r%03d" % i for i in range(n)]
    specs = []
    for i, rid in enumerate(ids):
        earlier = ids[:i]
        roll = rng.random()
        if not earlier or roll < 0.08:
            down = []
        elif roll < 0.9 or len(earlier) < 2:
            # mostly extend a recent revision, so lines are long
            down = [rng.choice(earlier[-3:]) if rng.random() < 0.7 else rng.choice(earlier)]
        else:
            down = rng.sample(earlier, min(len(earlier), rng.choice([2, 2, 3])))
        deps = []
        if earlier and rng.random() < 0.12:
            d = rng.choice(earlier)
            if d not in down:
                deps = [d]
        specs.append({"id": rid, "down": down, "deps": deps, "labels": []})
    # labels on a few revisions
    for s in rng.sample(specs, min(len(specs), rng.choice([0, 1, 2, 3]))):
        s["labels"] = ["L" + s["id"][1:]]
    # a dependency on a label now and then
    labelled = [s for s in specs if s["labels"]]
    if labelled and rng.random() < 0.3:
        owner = rng.choice(labelled)
        later = [s for s in specs if s["id"] > owner["id"] and not s["deps"] and owner["id"] not in s["down"]]
        if later:
            rng.choice(later)["deps"] = [owner["labels"][0]]
    order = specs[:]
    rng.shuffle(order)
    return order


def ancestors(sd, ids):
    m = sd.revision_map
    return {r.revision for r in m._get_ancestor_nodes(m.get_revisions(ids))}


def db_state(sd, rng, specs):
    """a random valid version table: heads of an ancestor-closed set"""
    m = sd.revision_map
    pick = rng.sample([s["id"] for s in specs], rng.choice([0, 1, 1, 2, 3]))
    closure = ancestors(sd, pick) if pick else set()
    heads = []
    for rid in closure:
        rev = m.get_revision(rid)
        if not any(c in closure for c in rev._all_nextrev):
            heads.append(rid)
    heads.sort()
    rng.shuffle(heads)
    return heads


def case(rng, name, specs, nq):
    try:
        sd = build(specs)
    except Exception as e:  # noqa
        return {"name": name, "revisions": specs, "build": err(e)}
    m = sd.revision_map
    revs = [r for r in m._revision_map.values() if r is not None]
    uniq = {}
    for r in revs:
        uniq[r.revision] = r
    out = {
        "name": name,
        "revisions": specs,
        "heads": list(m.heads),
        "realHeads": list(m._real_heads),
        "bases": list(m.bases),
        "realBases": list(m._real_bases),
        "labels": {rid: sorted(r.branch_labels) for rid, r in uniq.items()},
        "normalizedDown": {rid: list(r._normalized_down_revisions) for rid, r in uniq.items()},
        "queries": [],
    }
    q = out["queries"]
    ids = [s["id"] for s in specs]
    labels = [l for s in specs for l in s["labels"]]

    def add(op, **kw):
        res = kw.pop("_res")
        d = {"op": op}
        d.update(kw)
        d["result"] = res
        q.append(d)

    def walk(base, head):
        try:
            return [r.revision for r in sd.walk_revisions(base=base, head=head)]
        except Exception as e:  # noqa
            return err(e)

    add("walk", base="base", head="heads", _res=walk("base", "heads"))

    for _ in range(nq):
        current = db_state(sd, rng, specs)
        # upgrades
        targets = ["heads", "head", rng.choice(ids), rng.choice(ids), "+1", "+2", rng.choice(ids) + "+1",
                   rng.choice(ids) + "-1"]
        if labels:
            lab = rng.choice(labels)
            targets += [lab + "@head", lab + "@+1", lab + "@heads", lab]
        t = rng.choice(targets)
        try:
            steps = sd._upgrade_revs(t, tuple(current))
            res = {"steps": step_ids(steps), "after": run_heads(steps, current)}
        except Exception as e:  # noqa
            res = err(e)
        add("upgrade", target=t, current=current, _res=res)

        # downgrades
        targets = ["base", "-1", "-2", rng.choice(ids), rng.choice(ids), "base+1", rng.choice(ids) + "-1"]
        if current:
            applied = sorted(ancestors(sd, current))
            targets += [rng.choice(applied), rng.choice(applied), rng.choice(current) + "@base",
                        rng.choice(applied) + "@" + rng.choice(applied)]
        if labels:
            lab = rng.choice(labels)
            targets += [lab + "@base", lab + "@-1", lab + "@head-1", lab + "@base+1"]
        t = rng.choice(targets)
        try:
            steps = sd._downgrade_revs(t, tuple(current))
            res = {"steps": step_ids(steps), "after": run_heads(steps, current)}
        except Exception as e:  # noqa
            res = err(e)
        add("downgrade", target=t, current=current, _res=res)

        # stamps (compared only when every lineage head is above or below each destination)
        t = rng.choice(["heads", "base", rng.choice(ids), rng.choice(ids)] + ([rng.choice(labels) + "@head"] if labels else []))
        try:
            steps = sd._stamp_revs(t, tuple(current))
            heads_revs = m.get_revisions(tuple(current))
            filtered = set()
            for h in m.filter_for_lineage(heads_revs, t, include_dependencies=True):
                filtered.add(h)
            related = True
            for dest in m.get_revisions(t):
                if dest is None or dest in filtered:
                    continue
                anc = set(m._get_ancestor_nodes([dest]))
                desc = set(m._get_descendant_nodes([dest]))
                if any(h not in anc and h not in desc for h in filtered):
                    related = False
            res = {"heads": run_heads(steps, current)[-1] if steps else sorted(current), "related": related}
        except Exception as e:  # noqa
            res = err(e)
        add("stamp", target=t, current=current, _res=res)

        # iterate_revisions with flags
        uppers = ["heads", rng.choice(ids), [rng.choice(ids), rng.choice(ids)]]
        lowers = ["base", None, rng.choice(ids), [rng.choice(ids)]] + ([rng.choice(labels) + "@base"] if labels else [])
        up = rng.choice(uppers)
        lo = rng.choice(lowers)
        flags = {"inclusive": rng.random() < 0.5, "implicit_base": rng.random() < 0.3,
                 "select_for_downgrade": rng.random() < 0.3}
        if flags["select_for_downgrade"] and isinstance(lo, list):
            lo = lo[0]
        try:
            res = [r.revision for r in m.iterate_revisions(
                tuple(up) if isinstance(up, list) else up,
                tuple(lo) if isinstance(lo, list) else lo,
                **flags)]
        except Exception as e:  # noqa
            res = err(e)
        add("iterate", upper=up, lower=lo, flags=flags, _res=res)

        # history walks with relative ends
        b = rng.choice(["base", rng.choice(ids), "-1", "-2", rng.choice(ids) + "@base"])
        h = rng.choice(["heads", rng.choice(ids), "+1", "+3", rng.choice(ids) + "+1"])
        add("walk", base=b, head=h, _res=walk(b, h))

        # symbol resolution
        sym = rng.choice(["head", "heads", "base", rng.choice(ids), rng.choice(ids)[:3], "-1"]
                         + ([rng.choice(labels), rng.choice(labels) + "@head", rng.choice(labels) + "@" + rng.choice(ids),
                             rng.choice(ids) + "@head", rng.choice(labels) + "@heads"] if labels else []))
        try:
            res = [r if r is None or isinstance(r, str) else r.revision for r in m.get_revisions(sym)]
        except Exception as e:  # noqa
            res = err(e)
        add("get_revisions", symbol=sym, _res=res)
    return out


def main():
    rng = random.Random(int(os.environ.get("ORACLE_SEED", "20240611")))
    cases = []
    for k in range(int(os.environ.get("ORACLE_CASES", "110"))):
        n = rng.choice([4, 6, 8, 10, 12, 15, 20])
        cases.append(case(rng, "random-%03d" % k, random_graph(rng, n), 10))
    json.dump({"alembic": alembic.__version__, "cases": cases}, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
