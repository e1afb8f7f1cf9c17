/**
 * Where a database stands against the revision scripts, from the heads its
 * version table records. A head that is only depended upon (an "effective
 * head") is applied as soon as a revision that depends on it is, even though
 * the version table does not list it: only real heads can be missing.
 * `current --check-heads`, `check`, `revision --autogenerate` and `status()`
 * all answer "is the database at the heads?" with this.
 */
import { resolveCurrentHeads } from "./plan-migrations.js";
/** The real heads (load order) that the recorded heads do not imply; [] when the database is at the heads. */
export function headsNotApplied(map, currentHeads) {
    const applied = map._ancestors(resolveCurrentHeads(map, currentHeads), true);
    return map.realHeads.filter((id) => !applied.has(map.get(id)));
}
