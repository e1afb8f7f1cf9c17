/**
 * `athanor config`: the resolved configuration and where each value came
 * from (flag, env, file, default): the first thing to check when the wrong
 * database is being migrated.
 */
import { relative } from "node:path";
import { describeUrlSource } from "../config/resolve-url.js";
import { DEFAULTS } from "../config/settings.js";
import { maskUrl } from "../dialects/mask-url.js";
export async function printConfig(ctx) {
    const c = await ctx.config();
    const rel = (p) => relative(ctx.cwd, p) || ".";
    const file = c.configFile ? rel(c.configFile) : null;
    const src = (key) => {
        const s = c.sources[key] ?? "default";
        return s === "file" ? `file ${file}` : s;
    };
    const urlSource = (cfg) => {
        if (!cfg.url)
            return "none";
        const s = cfg.url.source;
        let text = describeUrlSource(s).replace(cfg.configFile ?? "\0", file ?? "");
        const vars = s.kind === "env" ? [s.variable] : s.kind === "components" ? s.variables : [];
        if (vars.some((v) => cfg.dotenvLoaded.includes(v)))
            text += " via .env";
        return text;
    };
    const rows = [
        ["url", c.url ? maskUrl(c.url.url) : null, c.url ? urlSource(c) : "none"],
        ["scriptLocation", rel(c.scriptLocation), src("scriptLocation")],
        ["versionLocations", c.versionLocations.map(rel), src("versionLocations")],
        ["recursiveVersionLocations", c.recursiveVersionLocations, src("recursiveVersionLocations")],
        ["fileTemplate", c.fileTemplate, src("fileTemplate")],
        ["timezone", c.timezone, src("timezone")],
        ["truncateSlugLength", c.truncateSlugLength, src("truncateSlugLength")],
        ["versionTable", c.versionTable, src("versionTable")],
        ["versionTableSchema", c.versionTableSchema, src("versionTableSchema")],
        ["transactionMode", c.transactionMode, src("transactionMode")],
        ["postWriteHooks", c.postWriteHooks, src("postWriteHooks")],
        ["revisionExtension", c.revisionExtension, src("revisionExtension")],
    ];
    rows.push([
        "idleInTransactionTimeout",
        c.raw.idleInTransactionTimeout ?? DEFAULTS.idleInTransactionTimeout,
        c.raw.idleInTransactionTimeout === undefined ? "default" : `file ${file}`,
    ]);
    for (const key of ["lockTimeout", "statementTimeout", "searchPath", "lockWaitTimeout", "models", "includeSchemas", "baseline", "onUnversionedDatabase"]) {
        const v = c.raw[key];
        if (v !== undefined)
            rows.push([key, v, `file ${file}`]);
    }
    if (ctx.globals.json) {
        ctx.out.resultJson({
            configFile: c.configFile,
            dotenvLoaded: c.dotenvLoaded,
            context: c.context.toJSON(),
            settings: Object.fromEntries(rows.map(([k, v, s]) => [k, { value: v, source: s }])),
        });
        return 0;
    }
    ctx.out.result(`config file: ${file ?? "(none: defaults apply)"}`);
    if (c.dotenvLoaded.length)
        ctx.out.result(`.env loaded: ${c.dotenvLoaded.join(", ")}`);
    const given = c.context.keys().map((k) => `${k}=${c.context.values[k]}`);
    if (c.context.tag !== undefined)
        given.push(`tag ${c.context.tag}`);
    if (given.length)
        ctx.out.result(`run context: ${given.join(", ")}`);
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [k, v, s] of rows) {
        const shown = v === null || v === undefined ? "(not set)" : typeof v === "string" ? v : JSON.stringify(v);
        ctx.out.result(`${k.padEnd(width)}  ${shown}  ${ctx.out.color.dim(`(${s})`)}`);
    }
    if (c.url?.invalid)
        ctx.out.result(ctx.out.color.yellow(`this URL can't be used: ${c.url.invalid}`));
    if (!c.url) {
        ctx.out.result(ctx.out.color.yellow("no database URL: set DATABASE_URL, pass --url, set `url` in the config, or DB_HOST/DB_NAME/DB_USER/DB_PASSWORD"));
    }
    return 0;
}
