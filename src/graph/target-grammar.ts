/**
 * The revision symbol grammar and its resolution against a RevisionMap.
 *
 *   ae1027a6acf          full id
 *   ae10                 unique prefix of at least 4 characters
 *   head / heads / base  the single head / every real head / before the first revision
 *   shop                 branch label: the revision that declares it
 *   shop@head            head of branch `shop` (also shop@heads, shop@base, shop@<rev>)
 *   ae10@head            head of the branch containing ae10
 *   +2 / -1              relative to the current revisions (callers pass them in)
 *   ae10+2, head-1       relative to a symbol; base+2 counts up from the bases
 *   shop@+1, shop@-1     relative, restricted to a branch; shop@head-1, shop@base+2
 *   start:end            a range (history, and --sql upgrade/downgrade/stamp)
 *
 * Semantics follow Alembic's `RevisionMap` (`_resolve_revision_number`,
 * `_revision_for_ident`, `get_revisions`, `filter_for_lineage`, `_walk`)
 * with precise errors instead of its generic "Can't locate revision".
 */
import { closestName, didYouMean } from "./closest-name.js";
import { MultipleHeadsError, type MultipleHeadsContext, RelativeWalkError, ResolutionError } from "./errors.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";

/** Partial ids must have at least this many characters. */
export const MIN_PREFIX_LENGTH = 4;

/** A position while walking: a revision, "base" (below every base), or null (Alembic's None: nowhere yet). */
export type WalkPosition<S extends RevisionSource = RevisionSource> = Revision<S> | "base" | null;

/** `[branch@][symbol](+|-)N`. */
export interface RelativeSymbol {
  readonly branch: string | null;
  readonly symbol: string | null;
  /** Signed step count. */
  readonly steps: number;
  /** The sign and digits as written (`+2`, `-1`). */
  readonly relative: string;
}

const RELATIVE = /^(?:(.+?)@)?([\p{L}\p{N}_]+)?([+-]\d+)$/u;

/** Parses a relative symbol; null when `text` is not relative. */
export function parseRelative(text: string): RelativeSymbol | null {
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const relative = m[3] as string;
  return {
    branch: m[1] === undefined || m[1] === "" ? null : m[1],
    symbol: m[2] ?? null,
    steps: Number.parseInt(relative, 10),
    relative,
  };
}

/** Splits `branch@rest` at the first `@`; branch is null without one (or when empty). */
export function splitBranch(text: string): { branch: string | null; id: string } {
  const at = text.indexOf("@");
  if (at < 0) return { branch: null, id: text };
  const branch = text.slice(0, at);
  return { branch: branch === "" ? null : branch, id: text.slice(at + 1) };
}

/** A `start:end` range; either side may be empty (null). */
export interface SymbolRange {
  readonly start: string | null;
  readonly end: string | null;
}

/** Parses `start:end`, `start:`, `:end`. Returns null when there is no `:`. */
export function parseRange(text: string): SymbolRange | null {
  const t = text.trim();
  const colon = t.indexOf(":");
  if (colon < 0) return null;
  if (t.indexOf(":", colon + 1) >= 0) {
    throw new ResolutionError("GRAPH.INVALID_SYMBOL", `Range '${text}' has more than one ':'; use [start]:[end]`, {
      symbol: text,
    });
  }
  const start = t.slice(0, colon).trim();
  const end = t.slice(colon + 1).trim();
  return { start: start === "" ? null : start, end: end === "" ? null : end };
}

// ---------------------------------------------------------------------------- resolution

type RMap<S extends RevisionSource> = RevisionMap<S>;

/** Alembic `_resolve_revision_number`: expands head/heads/base; splits off the branch. */
export function resolveRevisionNumber<S extends RevisionSource>(
  map: RMap<S>,
  symbol: string | null,
): { ids: string[]; branch: string | null } {
  if (symbol === null) return { ids: [], branch: null };
  const { branch, id } = splitBranch(symbol);
  if (id === "") throw emptyIdentifier(symbol, branch);
  if (id === "heads") {
    if (branch) resolveBranch(map, branch);
    return { ids: branch ? filterForLineage(map, map.heads, branch, false) : [...map.realHeads], branch };
  }
  if (id === "head") {
    const head = resolveCurrentHead(map, branch);
    return { ids: head === null ? [] : [head], branch };
  }
  if (id === "base") return { ids: [], branch };
  return { ids: [id], branch };
}

function emptyIdentifier(symbol: string, branch: string | null): ResolutionError {
  const forms = "a revision id (or a unique prefix of 4+ characters), a branch label, 'head', 'heads' or 'base'";
  const message =
    symbol.trim() === ""
      ? `Empty revision identifier: give ${forms}`
      : branch === null
        ? `'${symbol}' names no revision: give ${forms}, or '<branch>@head'`
        : `'${symbol}' names no revision: after '@' give head, heads, base, a revision or +N/-N (e.g. '${branch}@head')`;
  return new ResolutionError("GRAPH.INVALID_SYMBOL", message, { symbol });
}

/** Alembic `get_current_head`: the one head (of a branch); throws when several. */
export function resolveCurrentHead<S extends RevisionSource>(map: RMap<S>, branch: string | null): string | null {
  if (branch) resolveBranch(map, branch);
  const heads = branch ? filterForLineage(map, map.heads, branch, false) : map.heads;
  if (heads.length > 1) {
    throw new MultipleHeadsError(heads, branch ? `${branch}@head` : "head", undefined, multipleHeadsContext(map, heads));
  }
  return heads[0] ?? null;
}

/**
 * The exact merge that leaves one head instead of `heads`: `athanor merge
 * heads` when they are the graph's real heads, else the ids (an effective
 * head is not in `heads`, so it has to be named).
 */
export function mergeCommand<S extends RevisionSource>(map: RMap<S>, heads: readonly string[]): string {
  const real = map.realHeads;
  const all = heads.length === real.length && heads.every((h) => real.includes(h));
  return all ? "athanor merge heads" : `athanor merge ${heads.join(" ")}`;
}

function multipleHeadsContext<S extends RevisionSource>(map: RMap<S>, heads: readonly string[]): MultipleHeadsContext {
  const real = new Set(map.realHeads);
  return {
    effective: heads.filter((h) => !real.has(h)),
    mergeCommand: mergeCommand(map, heads),
    hasBranchLabels: map.branchLabels().size > 0,
  };
}

/** Alembic `_resolve_branch`: a label, an id, or a unique prefix. */
export function resolveBranch<S extends RevisionSource>(map: RMap<S>, branch: string): Revision<S> {
  const byKey = map._lookup(branch);
  if (byKey) return byKey;
  try {
    const rev = revisionForIdent(map, branch, null);
    if (rev) return rev;
  } catch (e) {
    if (!(e instanceof ResolutionError) || e.code === "GRAPH.AMBIGUOUS_PREFIX") throw e;
  }
  const near = closestName(map, branch, { symbols: false });
  throw new ResolutionError(
    "GRAPH.UNKNOWN_BRANCH",
    `No such branch: '${branch}' is neither a branch label nor a revision${near === undefined ? labelHint(map) : didYouMean(near)}`,
    { branch, symbol: branch },
  );
}

function labelHint<S extends RevisionSource>(map: RMap<S>): string {
  const labels = [...map.branchLabels().keys()];
  if (labels.length === 0) return " (no branch labels are declared)";
  if (labels.length > 10) return "";
  return ` (branch labels: ${labels.join(", ")})`;
}

/**
 * Alembic `_revision_for_ident`: an exact id or label, else a unique prefix
 * (narrowed to `checkBranch` when given), then checked to be on `checkBranch`.
 */
export function revisionForIdent<S extends RevisionSource>(
  map: RMap<S>,
  ident: string | null,
  checkBranch: string | null,
): Revision<S> | null {
  const branchRev = checkBranch ? resolveBranch(map, checkBranch) : null;
  if (ident === null) return null;
  const scoped = checkBranch ? `${checkBranch}@${ident}` : ident;
  if (ident === "") {
    throw new ResolutionError("GRAPH.INVALID_SYMBOL", `Empty revision identifier in '${scoped}'`, { symbol: scoped });
  }
  let rev = map._lookup(ident);
  if (!rev) {
    if (ident.length < MIN_PREFIX_LENGTH) {
      throw new ResolutionError(
        "GRAPH.PREFIX_TOO_SHORT",
        `No such revision or branch '${ident}'; partial revision identifiers need at least ${MIN_PREFIX_LENGTH} characters${didYouMean(closestName(map, ident))}`,
        { symbol: scoped },
      );
    }
    let candidates = prefixMatches(map, ident);
    if (candidates.length > 1 && checkBranch) {
      const onBranch = filterForLineage(map, candidates, checkBranch, false);
      if (onBranch.length === 0) {
        throw new ResolutionError(
          "GRAPH.NOT_IN_BRANCH",
          `No revision starting with '${ident}' is a member of branch '${checkBranch}' (candidates: ${candidates.map((c) => c.id).join(", ")})`,
          { symbol: scoped, branch: checkBranch, candidates: candidates.map((c) => c.id) },
        );
      }
      candidates = onBranch;
    }
    if (candidates.length === 0) {
      throw new ResolutionError(
        "GRAPH.UNKNOWN_REVISION",
        `No such revision or branch '${ident}'${checkBranch ? ` (in '${scoped}')` : ""}${didYouMean(closestName(map, ident))}`,
        { symbol: scoped },
      );
    }
    if (candidates.length > 1) {
      const ids = candidates.map((c) => c.id);
      const shown = ids.length > 10 ? `${ids.slice(0, 10).join(", ")} and ${ids.length - 10} more` : ids.join(", ");
      throw new ResolutionError(
        "GRAPH.AMBIGUOUS_PREFIX",
        `Multiple revisions start with '${ident}': ${shown}; use more characters`,
        { symbol: scoped, candidates: ids },
      );
    }
    rev = candidates[0] as Revision<S>;
  }
  if (branchRev && checkBranch && !map.isAncestorNode(rev, branchRev, false) && !map.isAncestorNode(branchRev, rev, false)) {
    throw new ResolutionError(
      "GRAPH.NOT_IN_BRANCH",
      `Revision ${rev.id} is not a member of branch '${checkBranch}' (in '${scoped}')`,
      { symbol: scoped, branch: checkBranch, revisions: [rev.id] },
    );
  }
  return rev;
}

function prefixMatches<S extends RevisionSource>(map: RMap<S>, prefix: string): Revision<S>[] {
  const ids = map._sortedIds();
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ids[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: Revision<S>[] = [];
  for (let i = lo; i < ids.length && (ids[i] as string).startsWith(prefix); i++) out.push(map.get(ids[i] as string) as Revision<S>);
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Alembic `filter_for_lineage`: keeps the targets that share lineage with the
 * branch and/or revisions named by `checkAgainst`.
 */
export function filterForLineage<S extends RevisionSource, T extends string | Revision<S>>(
  map: RMap<S>,
  targets: Iterable<T>,
  checkAgainst: string,
  withDependencies: boolean,
): T[] {
  const { ids, branch } = resolveRevisionNumber(map, checkAgainst);
  const relative = ids.length === 1 && /^-\d+$/.test(ids[0] as string);
  const shares: string[] = [];
  if (branch) shares.push(branch);
  if (!relative) shares.push(...ids);
  const list = [...targets];
  if (shares.length === 0 && !relative) return list;
  const against = shares.map((s) => revisionForIdent(map, s, null) as Revision<S>);
  if (relative) {
    // `label@-N` (Alembic fails here): lineage of where the walk lands
    for (const p of getRevisionsRaw(map, checkAgainst)) if (p !== null && p !== "base") against.push(p);
  }
  return list.filter((t) => {
    const rev = typeof t === "string" ? (revisionForIdent(map, t, null) as Revision<S>) : (t as Revision<S>);
    return against.some(
      (a) => map.isAncestorNode(rev, a, withDependencies) || map.isAncestorNode(a, rev, withDependencies),
    );
  });
}

/**
 * Alembic `get_revisions`, exactly: a list flattens; `-N` / `label@-N` walk
 * N steps down from every real head (of that label), giving "base" when a
 * walk ends just below a base and null when it goes further.
 */
export function getRevisionsRaw<S extends RevisionSource>(
  map: RMap<S>,
  symbols: string | readonly (string | null)[] | null,
): WalkPosition<S>[] {
  if (symbols === null) return [];
  if (typeof symbols !== "string") return symbols.flatMap((s) => getRevisionsRaw(map, s));
  const { ids, branch } = resolveRevisionNumber(map, symbols);
  if (ids.length === 1 && /^-\d+$/.test(ids[0] as string)) {
    const steps = Number.parseInt(ids[0] as string, 10);
    let heads = getRevisionsRaw(map, "heads") as Revision<S>[];
    if (branch) heads = heads.filter((h) => h.branchLabels.includes(branch));
    return heads.map((h) => walk(map, h, steps, null, true).position);
  }
  return ids.map((id) => revisionForIdent(map, id, branch));
}

/**
 * `<symbol>+N` / `<symbol>-N` (`ae10+2`, `head-1`, `base+3`, `shop@head-1`):
 * the revision N steps from the symbol, null for base. Undefined when `text`
 * is not of that form. `+N`/`label@+N` alone need the current revisions and
 * are rejected here.
 */
function resolveRelativeSymbol<S extends RevisionSource>(map: RMap<S>, text: string): Revision<S> | null | undefined {
  const rel = parseRelative(text);
  if (!rel) return undefined;
  if (rel.branch) resolveBranch(map, rel.branch);
  if (rel.symbol === null) {
    if (rel.steps < 0) return undefined; // -N / label@-N: from the heads
    throw new ResolutionError(
      "GRAPH.INVALID_SYMBOL",
      `'${text}' is relative to the current revision; it can only be used where the current revisions are known (upgrade)`,
      { symbol: text },
    );
  }
  const start =
    rel.steps < 0 && rel.branch ? getRevision(map, `${rel.branch}@${rel.symbol}`) : getRevision(map, rel.symbol);
  const w = walk(map, start, rel.steps, rel.steps > 0 ? rel.branch : null, true);
  if (w.position === null) {
    throw new RelativeWalkError(
      "GRAPH.WALKED_TOO_FAR",
      `Walked too far: '${text}' asks for ${Math.abs(rel.steps)} step(s) ${rel.steps > 0 ? "up" : "down"} but only ${w.stepsTaken} are possible`,
      { symbol: text },
    );
  }
  return w.position === "base" ? null : w.position;
}

/**
 * Revisions named by a symbol or list of symbols. `base` contributes nothing;
 * a `-N` that walks past the bases is an error. Also accepts `<symbol>+N`
 * and `<symbol>-N` (Alembic only takes those in upgrade/downgrade targets).
 */
export function getRevisions<S extends RevisionSource>(
  map: RMap<S>,
  symbols: string | readonly string[] | null,
): Revision<S>[] {
  if (symbols !== null && typeof symbols !== "string") return symbols.flatMap((s) => getRevisions(map, s));
  if (symbols !== null) {
    const rel = resolveRelativeSymbol(map, symbols);
    if (rel !== undefined) return rel === null ? [] : [rel];
  }
  const raw = getRevisionsRaw(map, symbols);
  const out: Revision<S>[] = [];
  for (const r of raw) {
    if (r === null) {
      throw new RelativeWalkError(
        "GRAPH.RELATIVE_TOO_FAR",
        `Relative revision '${String(symbols)}' walks past the base of the revision history`,
        { symbol: String(symbols) },
      );
    }
    if (r !== "base") out.push(r);
  }
  return out;
}

/** Alembic `get_revision`: at most one revision; null for base. Also takes relative symbols, like getRevisions. */
export function getRevision<S extends RevisionSource>(map: RMap<S>, symbol: string | null): Revision<S> | null {
  if (symbol !== null) {
    const rel = resolveRelativeSymbol(map, symbol);
    if (rel !== undefined) return rel;
    const { id } = splitBranch(symbol);
    if (/^-\d+$/.test(id)) {
      const revs = getRevisions(map, symbol);
      if (revs.length > 1) throw new MultipleHeadsError(revs.map((r) => r.id), symbol);
      return revs[0] ?? null;
    }
  }
  const { ids, branch } = resolveRevisionNumber(map, symbol);
  if (ids.length > 1) throw new MultipleHeadsError(ids, symbol ?? "heads");
  return revisionForIdent(map, ids[0] ?? null, branch);
}

// ---------------------------------------------------------------------------- walking

export interface WalkOutcome<S extends RevisionSource = RevisionSource> {
  /** Where the walk ended; null when it overwalked and `noOverwalk` was set. */
  readonly position: WalkPosition<S>;
  /** Whether every requested step was taken. */
  readonly complete: boolean;
  /** Steps actually taken. */
  readonly stepsTaken: number;
}

/**
 * Alembic `_walk`: `steps` > 0 walks up through children (restricted to the
 * lineage of `branch` when given), < 0 walks down through down revisions.
 * Walking up from null starts at the bases; walking down from null starts at
 * the heads; walking down past a base reaches "base". A step with several
 * candidates is an error (ambiguous walk). When the walk runs out, the result
 * is null if `noOverwalk`, else the last position (clamping).
 */
export function walk<S extends RevisionSource>(
  map: RMap<S>,
  start: string | WalkPosition<S>,
  steps: number,
  branch: string | null,
  noOverwalk: boolean,
): WalkOutcome<S> {
  // A symbol that names nothing (base) starts below the bases when walking down.
  let pos: WalkPosition<S> = typeof start === "string" ? (getRevision(map, start) ?? (steps < 0 ? "base" : null)) : start;
  const total = Math.abs(steps);
  for (let k = 0; k < total; k++) {
    let candidates: WalkPosition<S>[];
    if (steps > 0) {
      let up: Revision<S>[] =
        pos === null || pos === "base"
          ? map.bases.map((id) => map.get(id) as Revision<S>)
          : pos._next.slice();
      if (branch) up = filterForLineage(map, up, branch, false);
      candidates = up;
    } else if (pos === "base") {
      candidates = [];
    } else {
      candidates = pos === null ? map.heads.map((id) => map.get(id) as Revision<S>) : pos._down.slice();
      if (candidates.length === 0) candidates = ["base"];
    }
    if (candidates.length === 0) {
      return { position: noOverwalk ? null : pos, complete: false, stepsTaken: k };
    }
    if (candidates.length > 1) {
      const from = pos === null || pos === "base" ? (steps > 0 ? "base" : "the heads") : pos.id;
      const ids = candidates.map((c) => (c === null ? "base" : typeof c === "string" ? c : c.id));
      const how =
        steps > 0
          ? `${from} has ${candidates.length} ${pos === null || pos === "base" ? "bases" : "children"} (${ids.join(", ")}); name a branch with '<label>@+N' or start from a specific revision`
          : `${from === "the heads" ? "there are several heads" : `${from} is a merge point`} (${ids.join(", ")}); start from a specific revision`;
      throw new RelativeWalkError("GRAPH.AMBIGUOUS_WALK", `Ambiguous walk: ${how}`, {
        revisions: pos !== null && pos !== "base" ? [pos.id] : [],
        candidates: ids,
        ...(branch ? { branch } : {}),
      });
    }
    pos = candidates[0] as WalkPosition<S>;
  }
  return { position: pos, complete: true, stepsTaken: total };
}
