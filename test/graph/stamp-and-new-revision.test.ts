/** Stamp planning details, downgrade no-ops, and the checks for creating a revision. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { planDowngrade, planNewRevision, planStamp, validateRevisionId } from "../../src/graph/index.js";
import { mapOf, r, runHeads, throwsGraph } from "./helpers.js";

describe("stamp", () => {
  const map = mapOf(
    r("a"),
    r("b", "a"),
    r("c1", "b", { labels: ["one"] }),
    r("d1", "c1"),
    r("c2", "b", { labels: ["two"] }),
    r("d2", "c2"),
    r("x"),
    r("y", "x", { deps: ["c1"] }),
  );

  test("new branches, moves and no-ops", () => {
    assert.deepEqual(planStamp(map, "d1", []), [
      { type: "stamp", direction: "up", fromRevisions: [], toRevisions: ["d1"], branchMove: true },
    ]);
    assert.deepEqual(planStamp(map, "d1", ["d1"]), []);
    assert.deepEqual(planStamp(map, "d1", ["b"]), [
      { type: "stamp", direction: "up", fromRevisions: ["b"], toRevisions: ["d1"], branchMove: false },
    ]);
    assert.deepEqual(runHeads(map, planStamp(map, "d2", ["d1"]), ["d1"]), ["d1", "d2"]);
    assert.deepEqual(runHeads(map, planStamp(map, ["d1", "d2"], ["a"]), ["a"]), ["d1", "d2"]);
    assert.deepEqual(runHeads(map, planStamp(map, ["d1", "d1"], []), []), ["d1"]);
  });

  test("purge ignores the recorded heads", () => {
    assert.deepEqual(runHeads(map, planStamp(map, "d2", ["d1"], { purge: true }), []), ["d2"]);
    assert.deepEqual(planStamp(map, "base", ["d1"], { purge: true }), []);
  });

  test("base for one branch only", () => {
    assert.deepEqual(runHeads(map, planStamp(map, "two@base", ["d1", "d2"]), ["d1", "d2"]), ["d1"]);
  });

  test("labels; relative symbols are refused (as in Alembic)", () => {
    assert.deepEqual(runHeads(map, planStamp(map, "one@head", ["d2"]), ["d2"]), ["d1", "d2"]);
    // counted from the history's heads they would move a database at b up (-1) or to base (d2@-1: no label d2)
    for (const sym of ["-1", "+1", "two@-1", "two@+1", "d2@-1", "two@-9", "head-1", "base+1", "b+1"]) {
      throwsGraph(() => planStamp(map, sym, ["b"]), "GRAPH.INVALID_SYMBOL", /stamp records revisions, not relative steps/);
    }
    throwsGraph(() => planStamp(map, ["d1", "two@-1"], ["b"]), "GRAPH.INVALID_SYMBOL");
  });

  test("errors", () => {
    throwsGraph(() => planStamp(map, "head", []), "GRAPH.MULTIPLE_HEADS");
    throwsGraph(() => planStamp(map, "zzzz", []), "GRAPH.UNKNOWN_REVISION");
    // a table holding a revision and its descendant is refused before any stamp (only --purge starts afresh)
    throwsGraph(() => planStamp(map, "b", ["a", "d1"]), "GRAPH.OVERLAPPING_CURRENT", /lists revision 'a' and its descendant 'd1'.*'athanor stamp --purge/);
    assert.deepEqual(planStamp(map, "b", ["a", "d1"], { purge: true }).length, 1);
    // nor is such a table written by a stamp of two revisions on one line
    throwsGraph(() => planStamp(map, ["a", "d1"], []), "GRAPH.OVERLAPPING_REVISIONS", /Can't stamp a and d1 together: d1 is a descendant of a/);
    throwsGraph(() => planStamp(map, "b", ["qqqq"]), "GRAPH.UNKNOWN_CURRENT_REVISION");
  });
});

describe("downgrade to an applied revision", () => {
  const map = mapOf(r("a1"), r("a2", "a1"), r("b1", null, { deps: ["a1"] }));

  test("nothing to drop is a no-op for a current head; one only implied by a dependent is refused (as Alembic), naming why", () => {
    throwsGraph(
      () => planDowngrade(map, "a1", ["b1"]),
      "GRAPH.INVALID_DOWNGRADE_TARGET",
      /^Can't downgrade to a1: nothing above it on its own line is applied; it is applied only because b1 depends on it\. To undo that, run 'athanor downgrade b1@base'$/,
    );
    assert.deepEqual(planDowngrade(map, "a1", ["a1", "b1"]), []);
    assert.deepEqual(planDowngrade(map, "b1", ["b1"]), []);
    throwsGraph(() => planDowngrade(map, "a2", ["b1"]), "GRAPH.INVALID_DOWNGRADE_TARGET", /Destination a2 is not a valid downgrade target from current head\(s\) \(b1\)/);
  });
});

describe("new revisions", () => {
  const map = mapOf(r("aaaa"), r("bbbb", "aaaa"), r("cccc", "aaaa", { labels: ["shop"] }), r("dddd", "cccc"));

  test("attach points", () => {
    assert.deepEqual(planNewRevision(map, { head: "shop@head" }), { downRevisions: ["dddd"], dependsOn: [] });
    assert.deepEqual(planNewRevision(map, { head: "base" }), { downRevisions: [], dependsOn: [] });
    assert.deepEqual(planNewRevision(map, { head: "heads" }), { downRevisions: ["bbbb", "dddd"], dependsOn: [] });
    assert.deepEqual(planNewRevision(map, { head: ["bbbb", "dddd"] }), { downRevisions: ["bbbb", "dddd"], dependsOn: [] });
    assert.deepEqual(planNewRevision(map, { head: "aaaa", splice: true }), { downRevisions: ["aaaa"], dependsOn: [] });
  });

  test("dependencies keep labels and expand prefixes", () => {
    assert.deepEqual(planNewRevision(map, { head: "bbbb", dependsOn: ["shop", "dddd"] }).dependsOn, ["shop", "dddd"]);
    const m2 = mapOf(r("aaaa1111"), r("bbbb2222", "aaaa1111"));
    assert.deepEqual(planNewRevision(m2, { dependsOn: ["aaaa"] }).dependsOn, ["aaaa1111"]);
  });

  test("errors", () => {
    throwsGraph(() => planNewRevision(map), "GRAPH.MULTIPLE_HEADS", /Multiple heads are present \(bbbb, dddd\); please specify the head revision on which the new revision should be based, or perform a merge/);
    throwsGraph(() => planNewRevision(map, { head: "aaaa" }), "GRAPH.NOT_A_HEAD", /revision aaaa is not a head revision; pass --splice/);
    throwsGraph(() => planNewRevision(map, { head: ["bbbb", "bbbb"] }), "GRAPH.DUPLICATE_HEADS");
    throwsGraph(() => planNewRevision(map, { head: "bbbb", dependsOn: ["heads"] }), "GRAPH.INVALID_SYMBOL", /must name exactly one revision/);
    throwsGraph(() => validateRevisionId("a-b"), "GRAPH.INVALID_REVISION_ID", /Character\(s\) '-' not allowed in revision identifier 'a-b'/);
    throwsGraph(() => validateRevisionId("head"), "GRAPH.INVALID_REVISION_ID");
    validateRevisionId("ae1027a6acf");
  });
});
