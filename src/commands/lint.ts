/**
 * `athanor lint [REV…] [--since REF] [--format text|json|sarif]`: checks
 * revision files for migrations that lock busy tables, rewrite them, break
 * the running application or lose data, without a database (see docs/lint.md).
 * Exit 0: no errors (warnings may be printed); 1: errors found; 2: bad usage.
 */
import { readFileSync } from "node:fs";
import { AthanorError, UsageError } from "../errors.js";
import { defaultDialect, dialectForUrl } from "../dialects/registry.js";
import { changedFilesSince, gitRoot } from "../lint/changed-files.js";
import { historyBefore } from "../lint/history-before.js";
import { formatSarif } from "../lint/format-sarif.js";
import { formatText } from "../lint/format-text.js";
import { lintRevision } from "../lint/lint-revision.js";
import { lintRulesFor } from "../lint/rules-for-dialect.js";
import type { LintFinding, SeveritySetting } from "../lint/types.js";
import { importFailure, type ScriptRevision } from "../script/script-directory.js";
import { packageVersion } from "../util/package-paths.js";
import type { CommandContext } from "./context.js";

export interface LintOptions {
  since?: string;
  format?: string;
}

const FORMATS = ["text", "json", "sarif"];

export async function lint(ctx: CommandContext, revisions: string[], opts: LintOptions): Promise<number> {
  const format = opts.format ?? (ctx.globals.json ? "json" : "text");
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json or sarif, got '${format}'`);
  if (opts.since !== undefined && revisions.length > 0) throw new UsageError("give revisions or --since, not both");
  const config = await ctx.config();
  const scripts = await ctx.scriptDirectory();
  const dialect = config.url ? dialectForUrl(config.url.url).dialect : defaultDialect();

  let selected: ScriptRevision[];
  if (revisions.length > 0) {
    selected = scripts.map.getRevisions(revisions).map((r) => scripts.script(r.id));
  } else if (opts.since !== undefined) {
    const changed = changedFilesSince(opts.since, config.projectDir);
    selected = [...scripts.scripts.values()].filter((s) => changed.has(s.path));
  } else {
    selected = [...scripts.scripts.values()];
  }

  const { rules, reader } = await lintRulesFor(dialect);
  const known = new Set(rules.map((r) => r.id));
  const severities = (config.raw.lint?.rules ?? {}) as Record<string, SeveritySetting>;
  for (const id of Object.keys(severities)) {
    if (!known.has(id))
      throw new AthanorError("CONFIG.INVALID", `${config.configFile ?? "config"}: lint.rules names '${id}', which is not a rule (${[...known].join(", ")})`);
  }
  if (typeof reader === "string" && selected.length > 0) ctx.out.warn(reader);

  // rules that ask what the history built (table-rebuild: which tables reference which; enum-change-copies-table:
  // an enum's values) get it from a replay of the history
  const before = rules.some((r) => r.usesHistory) && selected.length > 0 ? await historyBefore(scripts, { lexer: dialect.sqlLexer, reader: typeof reader === "string" ? null : reader, context: config.context }) : null;
  const findings: LintFinding[] = [];
  for (const script of selected.sort((a, b) => a.path.localeCompare(b.path))) {
    const history = before?.get(script.revision) ?? null;
    // a file that does not load is a finding of its own; the other revisions are still linted
    const module = await scripts.importRevision(script.revision).then(
      (r) => r.module,
      (e: unknown) => importError(e, script.path, script.revision),
    );
    findings.push(
      ...(await lintRevision(
        { revision: script.revision, path: script.path, source: readFileSync(script.path, "utf8"), transactional: script.transactional, module },
        {
          dialect,
          reader: typeof reader === "string" ? null : reader,
          rules,
          severities,
          lockTimeoutConfigured: config.raw.lockTimeout !== undefined,
          projectDir: ctx.cwd,
          context: config.context,
          referencedBy: history && ((table, schema) => history.keys.referencedBy(table, schema)),
          enumValuesBefore: history && ((table, column, schema) => history.columns.valuesOf(table, column, schema)),
          columnTypeBefore: history && ((table, column, schema) => history.columns.typeOf(table, column, schema)),
          columnCharsetBefore: history && ((table, column, schema) => history.columns.charsetOf(table, column, schema)),
        },
      )),
    );
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  if (format === "json") {
    ctx.out.resultJson({
      checked: selected.map((s) => s.revision),
      errors,
      warnings: findings.length - errors,
      findings: findings.map(({ path: _path, ...f }) => f),
    });
  } else if (format === "sarif") {
    ctx.out.resultJson(formatSarif(findings, { root: gitRoot(config.projectDir) ?? ctx.cwd, version: packageVersion(), rules }));
  } else {
    for (const line of formatText(findings, selected.length)) ctx.out.result(line);
  }
  return errors > 0 ? 1 : 0;
}

/** The loader's failure (the cause of importRevision's error), without the file in front: the finding names it. */
function importError(e: unknown, path: string, id: string): { importError: string; line: number } {
  if (e instanceof AthanorError && e.code !== "SCRIPT.IMPORT_FAILED") {
    // the file loaded but is not a revision ("'upgrade' must be an async function")
    return { importError: e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message, line: 1 };
  }
  const { message, line } = importFailure(e instanceof AthanorError ? e.cause : e, path, id);
  return { importError: message, line: line ?? 1 };
}
