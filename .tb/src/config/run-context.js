/**
 * The run context: values given to one run from outside, like Alembic's
 * `-x key=value` (`context.get_x_argument()`) and `--tag`
 * (`context.get_tag_argument()`). Revisions read it as `op.context`, a config
 * that is a function receives it (so `searchPath` can follow `-x tenant=acme`),
 * and `migrate({ context: { tenant: "acme" } })` gives it in code.
 */
import { AthanorError, UsageError } from "../errors.js";
const TRUE = new Set(["", "1", "true", "yes", "on"]);
const FALSE = new Set(["0", "false", "no", "off"]);
export class RunContext {
    /** The `-x` values by key (a key given twice: the last value). */
    values;
    /** `--tag` of upgrade, downgrade or stamp, if given. */
    tag;
    constructor(values = {}, tag) {
        const own = Object.create(null);
        for (const [k, v] of Object.entries(values)) {
            if (typeof v !== "string") {
                throw new AthanorError("CONFIG.INVALID", `run context '${k}' must be a string, got ${v === null ? "null" : typeof v}`);
            }
            own[k] = v;
        }
        this.values = Object.freeze(own);
        this.tag = tag;
    }
    /** From the command line: `-x tenant=acme -x dry` (no `=`: the empty string, as Alembic). */
    static fromArgs(args = [], tag) {
        const values = Object.create(null);
        for (const arg of args) {
            const eq = arg.indexOf("=");
            const key = eq < 0 ? arg : arg.slice(0, eq);
            if (key === "")
                throw new UsageError(`-x takes key=value; got '${arg}'`);
            values[key] = eq < 0 ? "" : arg.slice(eq + 1);
        }
        return new RunContext(values, tag);
    }
    get(key, fallback) {
        return Object.hasOwn(this.values, key) ? this.values[key] : fallback;
    }
    has(key) {
        return Object.hasOwn(this.values, key);
    }
    /** The value of `-x key=…`; a run without it fails, saying what to pass. */
    require(key) {
        const v = this.get(key);
        if (v === undefined) {
            throw new AthanorError("CONTEXT.MISSING", `this run needs -x ${key}=<value> (migrate({ context: { ${JSON.stringify(key)}: … } }) in code); it was not given`);
        }
        return v;
    }
    /** `-x dry`, `-x dry=1|true|yes|on` → true; absent or `0|false|no|off` → false; anything else is an error. */
    flag(key) {
        const v = this.get(key);
        if (v === undefined)
            return false;
        const norm = v.trim().toLowerCase();
        if (TRUE.has(norm))
            return true;
        if (FALSE.has(norm))
            return false;
        throw new AthanorError("CONTEXT.INVALID", `-x ${key}=${v}: expected a yes/no value (1, true, yes, on / 0, false, no, off)`);
    }
    /** The keys given, in order. */
    keys() {
        return Object.keys(this.values);
    }
    toJSON() {
        return { values: { ...this.values }, ...(this.tag === undefined ? {} : { tag: this.tag }) };
    }
}
export const EMPTY_RUN_CONTEXT = new RunContext();
