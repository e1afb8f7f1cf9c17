/**
 * Property checks on random 150-revision graphs (merges, several roots,
 * dependencies, shuffled load order): upgrade plans respect the partial
 * order, downgrade plans the reverse one, and running any plan through the
 * HeadMaintainer leaves exactly the heads of what is applied.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  GraphError,
  HeadMaintainer,
  type MigrationStep,
  planDowngrade,
  planUpgrade,
  type RevisionMap,
  type RevisionSource,
  walkRevisions,
} from "../../src/graph/index.js";
import { ids, mapOf, rng } from "./helpers.js";

function randomGraph(seed: number, n: number): RevisionSource[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: RevisionSource[] = [];
  const made: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `r${String(i).padStart(4, "0")}${Math.floor(rand() * 1e6).toString(36)}`;
    let down: string[] = [];
    const roll = rand();
    if (made.length > 0 && roll > 0.05) {
      down = [rand() < 0.7 ? pick(made.slice(-4)) : pick(made)];
      if (roll > 0.88 && made.length > 2) {
        const other = pick(made);
        if (!down.includes(other)) down.push(other);
      }
    }
    const deps: string[] = [];
    if (made.length > 0 && rand() < 0.12) {
      const d = pick(made);
      if (!down.includes(d)) deps.push(d);
      if (rand() < 0.3) {
        const d2 = pick(made);
        if (!down.includes(d2) && !deps.includes(d2)) deps.push(d2);
      }
    }
    const labels = rand() < 0.05 ? [`label${i}`] : [];
    out.push({ revision: id, downRevision: down, dependsOn: deps, branchLabels: labels });
    made.push(id);
  }
  // shuffle the load order
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as RevisionSource, out[i] as RevisionSource];
  }
  return out;
}

/** What a version table implies: the heads and everything below them. */
function applied(map: RevisionMap, heads: readonly string[]): Set<string> {
  return new Set(ids(map.ancestors(heads)));
}

/** The heads of an applied set: applied revisions no applied revision depends on. */
function headsOf(map: RevisionMap, set: Set<string>): string[] {
  return [...set].filter((id) => !(map.get(id)?.allNextRevisions ?? []).some((c) => set.has(c))).sort();
}

function run(map: RevisionMap, start: readonly string[], steps: readonly MigrationStep[]): string[] {
  const hm = new HeadMaintainer(map, start);
  let have = applied(map, start);
  for (const s of steps) {
    assert.equal(s.type, "revision");
    if (s.type !== "revision") continue;
    const rev = s.revision;
    if (s.direction === "up") {
      assert.ok(!have.has(rev.id), `${rev.id} applied twice`);
      for (const p of rev.allDownRevisions) assert.ok(have.has(p), `${rev.id} upgraded before its parent ${p}`);
    } else {
      assert.ok(have.has(rev.id), `${rev.id} downgraded but not applied`);
      for (const c of rev.allNextRevisions) assert.ok(!have.has(c), `${rev.id} downgraded before its child ${c}`);
    }
    hm.updateToStep(s);
    const next = new Set(have);
    if (s.direction === "up") next.add(rev.id);
    else next.delete(rev.id);
    have = next;
    assert.deepEqual(headsOf(map, applied(map, hm.heads)), headsOf(map, have), `version table after ${s.direction} ${rev.id}`);
  }
  return hm.heads.sort();
}

for (const seed of [1, 2, 3, 4, 5, 6]) {
  test(`random 150-revision graph #${seed}`, () => {
    const map = mapOf(...randomGraph(seed, 150));
    const rand = rng(seed * 7919);
    const all = map.revisions().map((r) => r.id);

    // full upgrade and full downgrade
    const up = planUpgrade(map, "heads", []);
    assert.equal(up.length, map.size);
    const top = run(map, [], up);
    assert.deepEqual(headsOf(map, applied(map, top)), headsOf(map, new Set(all)));
    // a full upgrade leaves the real heads, and from there nothing is left to upgrade: a no-op `upgrade` answers that from them alone
    assert.deepEqual(top, [...map.realHeads].sort());
    assert.deepEqual(planUpgrade(map, "heads", map.realHeads), []);
    const downSteps = planDowngrade(map, "base", top);
    assert.equal(downSteps.length, map.size);
    assert.deepEqual(run(map, top, downSteps), []);

    // history is a valid order too
    const hist = ids(walkRevisions(map));
    assert.equal(hist.length, map.size);
    const pos = new Map(hist.map((id, i) => [id, i]));
    for (const rev of map.revisions()) {
      for (const p of rev.allDownRevisions) assert.ok((pos.get(rev.id) as number) < (pos.get(p) as number));
    }

    // partial moves from random states
    for (let k = 0; k < 25; k++) {
      const target = all[Math.floor(rand() * all.length)] as string;
      const startSet = applied(map, [all[Math.floor(rand() * all.length)] as string]);
      const start = headsOf(map, startSet);
      const upPlan = planUpgrade(map, target, start);
      const after = run(map, start, upPlan);
      const expected = new Set([...startSet, ...applied(map, [target])]);
      assert.deepEqual(headsOf(map, applied(map, after)), headsOf(map, expected), `upgrade to ${target}`);

      const downTarget = [...expected][Math.floor(rand() * expected.size)] as string;
      let final: string[];
      try {
        final = run(map, after, planDowngrade(map, downTarget, after));
      } catch (e) {
        // applied only because revisions of other lines depend on it: refused,
        // naming commands that undo those dependents; they must work
        if (!(e instanceof GraphError) || e.code !== "GRAPH.INVALID_DOWNGRADE_TARGET") throw e;
        assert.ok(!after.includes(downTarget), e.message);
        const commands = [...e.message.matchAll(/'athanor downgrade (\S+)'/g)].map((m) => m[1] as string);
        assert.ok(commands.length > 0, e.message);
        final = after;
        for (const c of commands) {
          try {
            final = run(map, final, planDowngrade(map, c, final));
          } catch (e2) {
            throw new Error(`${c} from ${final.join(",")} (target ${downTarget}, ${e.message}): ${(e2 as Error).message}`);
          }
        }
        for (const d of e.details.revisions ?? []) assert.ok(!applied(map, final).has(d), `${d} is still applied after ${commands.join(", ")}`);
        assert.ok(applied(map, final).has(downTarget), `${downTarget} is no longer applied after ${commands.join(", ")} from ${after.join(",")} to ${final.join(",")}: ${e.message}`);
        assert.deepEqual(planDowngrade(map, downTarget, final), [], `downgrade ${downTarget} after ${commands.join(", ")}`);
      }
      // the target is still applied; everything above it (through its children) is gone
      const left = applied(map, final);
      assert.ok(left.has(downTarget));
      for (const child of map.get(downTarget)?.nextRevisions ?? []) {
        for (const d of map.descendants([child])) assert.ok(!left.has(d.id), `${d.id} is still applied`);
      }
    }
  });
}

test("ancestor queries agree with a plain traversal on random graphs", () => {
  for (const seed of [11, 12, 13]) {
    const map = mapOf(...randomGraph(seed, 150));
    for (const deps of [true, false]) {
      for (const b of map.revisions()) {
        const anc = map.ancestors([b], { dependencies: deps });
        for (const a of map.revisions()) {
          assert.equal(map.isAncestor(a, b, { dependencies: deps }), anc.has(a), `${a.id} -> ${b.id} (deps: ${deps})`);
        }
      }
    }
  }
});
