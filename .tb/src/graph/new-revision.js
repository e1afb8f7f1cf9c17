/**
 * Graph checks for creating a revision (`revision`, `merge`): where the new
 * revision attaches and how its dependencies are recorded. Mirrors the
 * checks in Alembic's `ScriptDirectory.generate_revision`.
 */
import { PlanningError, ResolutionError, RevisionMapError } from "./errors.js";
import { ILLEGAL_REVISION_CHARACTERS, RESERVED_SYMBOLS } from "./revision.js";
import { getRevisions } from "./target-grammar.js";
/** Throws unless `id` can be used as a revision id (Alembic `verify_rev_id`, plus reserved words). */
export function validateRevisionId(id) {
    const bad = ILLEGAL_REVISION_CHARACTERS.filter((c) => id.includes(c));
    if (bad.length > 0) {
        throw new RevisionMapError("GRAPH.INVALID_REVISION_ID", `Character(s) '${bad.join(", ")}' not allowed in revision identifier '${id}'`, { revisions: [id] });
    }
    if (id === "" || /\s/.test(id) || RESERVED_SYMBOLS.includes(id)) {
        throw new RevisionMapError("GRAPH.INVALID_REVISION_ID", id === "" ? "A revision id can't be empty" : `'${id}' can't be used as a revision identifier`, { revisions: [id] });
    }
}
export function planNewRevision(map, options = {}) {
    const head = options.head ?? "head";
    let heads;
    try {
        heads = getRevisions(map, head).map((r) => r.id);
    }
    catch (e) {
        if (e instanceof ResolutionError && e.code === "GRAPH.MULTIPLE_HEADS") {
            throw new PlanningError("GRAPH.MULTIPLE_HEADS", `Multiple heads are present (${e.details.candidates?.join(", ") ?? ""}); please specify the head revision on which the new revision should be based, or perform a merge`, e.details);
        }
        throw e;
    }
    if (new Set(heads).size !== heads.length) {
        throw new PlanningError("GRAPH.DUPLICATE_HEADS", "duplicate head revisions specified", {
            revisions: heads,
        });
    }
    if (!options.splice) {
        for (const id of heads) {
            const rev = map.get(id);
            if (rev && !rev.isHead) {
                throw new PlanningError("GRAPH.NOT_A_HEAD", `revision ${id} is not a head revision; pass --splice to create a new branch from it`, { revisions: [id] });
            }
        }
    }
    const dependsOn = [];
    for (const dep of options.dependsOn ?? []) {
        const revs = getRevisions(map, dep);
        if (revs.length !== 1) {
            throw new ResolutionError("GRAPH.INVALID_SYMBOL", `Dependency '${dep}' must name exactly one revision (it names ${revs.length === 0 ? "none" : revs.map((r) => r.id).join(", ")})`, { symbol: dep });
        }
        const rev = revs[0];
        dependsOn.push(rev.branchLabels.includes(dep) ? dep : rev.id);
    }
    return { downRevisions: heads, dependsOn };
}
