/**
 * `athanor revision -m MSG`: a new revision file, empty or (with
 * --autogenerate) filled in from the models. Same rules as Alembic for
 * --head, --splice, --branch-label, --depends-on and --version-path.
 */
import { dirname, relative, resolve } from "node:path";
import type { ResolvedConfig } from "../config/load-config.js";
import { AthanorError, UsageError } from "../errors.js";
import { branchLabelProblem, mergeCommand, planNewRevision, type Revision, type RevisionMap } from "../graph/index.js";
import type { ScriptRevision } from "../script/script-directory.js";
import { checkRevisionId, writeRevisionFile } from "../script/write-revision.js";
import type { CommandContext } from "./context.js";
import { describeRevision } from "./head-count.js";

export interface RevisionOptions {
  message?: string;
  autogenerate?: boolean;
  sql?: boolean;
  head?: string;
  splice?: boolean;
  branchLabel?: string[];
  versionPath?: string;
  revId?: string;
  dependsOn?: string[];
  rename?: string[];
}

export interface GenerateSpec {
  message: string;
  /** Parent symbols: `head`, `base`, ids, or several for a merge. */
  heads: readonly string[];
  splice: boolean;
  branchLabels: readonly string[];
  dependsOn: readonly string[];
  versionPath?: string | undefined;
  revId?: string | undefined;
  body?: { imports?: string; upgrades?: string; downgrades?: string; extraExports?: string };
}

export async function revision(ctx: CommandContext, opts: RevisionOptions): Promise<number> {
  if (opts.sql) {
    throw new UsageError(
      opts.autogenerate ? "using --sql with --autogenerate does not make any sense" : "--sql is not supported by 'revision'; use 'upgrade --sql'",
    );
  }
  const spec: GenerateSpec = {
    message: opts.message ?? "",
    heads: [opts.head ?? "head"],
    splice: opts.splice === true,
    branchLabels: opts.branchLabel ?? [],
    dependsOn: opts.dependsOn ?? [],
    versionPath: opts.versionPath,
    revId: opts.revId,
  };
  if (opts.autogenerate) {
    const { autogenerateRevisionBody } = await import("./autogenerate-body.js");
    const body = await autogenerateRevisionBody(ctx, { renames: opts.rename ?? [] });
    if (body === null) return 0;
    spec.body = body;
  } else if (opts.rename?.length) {
    throw new UsageError("--rename only makes sense with --autogenerate");
  }
  const written = await generateRevision(ctx, spec);
  ctx.out.info(`Generating ${written.path} ... done`);
  if (ctx.globals.json) ctx.out.resultJson(written);
  return 0;
}

export async function generateRevision(ctx: CommandContext, spec: GenerateSpec): Promise<{ revision: string; path: string }> {
  // A bad --rev-id is bad usage: say so before looking at the graph.
  if (spec.revId !== undefined) checkRevisionId(spec.revId);
  const config = await ctx.config();
  const scripts = await ctx.scriptDirectory();
  const map = scripts.map;

  if (spec.revId !== undefined && map.has(spec.revId)) {
    throw new AthanorError("REVISION.EXISTS", `revision ${spec.revId} already exists (${map.get(spec.revId)?.path ?? ""})`);
  }
  // Parents.
  if (spec.heads.length === 1 && spec.heads[0] === "head" && map.heads.length > 1) {
    // Like Alembic, a head that is only depended upon (an "effective head")
    // counts here; 'merge heads' does not merge those, so name them.
    // Alembic: "Multiple heads are present; please specify the head revision on which the new revision
    // should be based, or perform a merge". Here: which heads, whose files, and the exact commands.
    const real = new Set(map.realHeads);
    const listed = map.heads
      .map((h) => `${describeRevision(map, h, ctx.cwd)}${real.has(h) ? "" : " (effective head)"}`)
      .join(", ");
    throw new AthanorError(
      "GRAPH.MULTIPLE_HEADS",
      `multiple heads are present: ${listed}; merge them first with '${mergeCommand(map, map.heads)} -m "merge"', ` +
        `or base the new revision on one of them with '--head ${map.heads[0]}'`,
    );
  }
  // Not-a-head, duplicate parents and dependency resolution are the graph's rules.
  const planned = planNewRevision(map, {
    head: spec.heads.length === 1 ? (spec.heads[0] as string) : spec.heads,
    splice: spec.splice,
    dependsOn: spec.dependsOn,
  });
  const parents = planned.downRevisions.map((id) => map.get(id) as Revision<ScriptRevision>);
  const dependsOn = planned.dependsOn;
  // Branch labels must be new.
  for (const label of spec.branchLabels) {
    const owner = map.branchLabelOwner(label);
    if (owner) throw new AthanorError("GRAPH.DUPLICATE_LABEL", `branch label '${label}' is already used by revision ${owner.id}`);
    if (/[@\-+:\s]/.test(label)) throw new UsageError(`branch label '${label}' may not contain '@', '-', '+', ':' or spaces`);
    // checked before the file is written: a label the graph refuses would leave every later command failing on it
    const problem = branchLabelProblem(label);
    if (problem !== undefined) throw new UsageError(`branch label '${label}' ${problem}`);
  }
  const directory = chooseDirectory(config, map, parents, spec.versionPath);
  const written = writeRevisionFile(config, {
    revision: spec.revId,
    message: spec.message,
    downRevision: parents.length === 0 ? null : parents.length === 1 ? (parents[0] as Revision).id : parents.map((p) => p.id),
    branchLabels: spec.branchLabels,
    dependsOn,
    directory,
    ...spec.body,
  });
  ctx.invalidateScripts();
  for (const h of written.hooks) ctx.out.info(`Running post-write hook: ${h} ... done`);
  return { revision: written.revision, path: relative(ctx.cwd, written.path) || written.path };
}

function chooseDirectory(
  config: ResolvedConfig,
  _map: RevisionMap<ScriptRevision>,
  parents: readonly Revision<ScriptRevision>[],
  versionPath: string | undefined,
): string {
  if (versionPath !== undefined) {
    const wanted = resolve(versionPath);
    const known = config.versionLocations.find((l) => resolve(l) === wanted || resolve(config.projectDir, versionPath) === resolve(l));
    if (!known) {
      throw new AthanorError(
        "CONFIG.VERSION_PATH",
        `--version-path ${versionPath} is not one of the version locations (${config.versionLocations.map((l) => relative(config.projectDir, l)).join(", ")})`,
      );
    }
    return known;
  }
  const first = parents[0];
  if (first?.path) return dirname(first.path);
  if (config.versionLocations.length > 1) {
    throw new AthanorError(
      "CONFIG.VERSION_PATH",
      `multiple version locations present (${config.versionLocations.map((l) => relative(config.projectDir, l)).join(", ")}); pass --version-path for a new root revision`,
    );
  }
  return config.versionLocations[0] as string;
}
