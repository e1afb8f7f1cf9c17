/**
 * Writes a new revision file: picks the id and file name, fills the template,
 * writes it, and runs the post-write hooks.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ResolvedConfig } from "../config/load-config.js";
import { VERSION_NUM_LENGTH } from "../dialects/version-num-length.js";
import { AthanorError } from "../errors.js";
import { datePartsIn, formatCreateDate, renderFileTemplate, slugify } from "./file-template.js";
import { revisionIdFits } from "./parse-revision-file.js";
import { runPostWriteHooks } from "./post-write-hooks.js";
import { renderRevisionTemplate, templatePath } from "./render-revision-template.js";
import { makeDirectory } from "../util/make-directory.js";
import { nodeCrypto } from "../util/node-crypto.js";
import { isRevisionFileName } from "./list-revision-files.js";

export interface NewRevision {
  revision?: string | undefined;
  message: string;
  downRevision: string | string[] | null;
  branchLabels: readonly string[];
  dependsOn: readonly string[];
  /** Folder to write into. */
  directory: string;
  imports?: string;
  upgrades?: string;
  downgrades?: string;
  extraExports?: string;
  now?: Date;
}

export function newRevisionId(): string {
  return nodeCrypto().randomBytes(6).toString("hex");
}

/** Alembic's illegal characters, plus path separators (the id goes into the file name). */
const ILLEGAL = /[@\-+:\s/\\]/;

export function checkRevisionId(id: string): void {
  const bad = [...new Set(id.match(new RegExp(ILLEGAL.source, "g")) ?? [])];
  if (id === "" || ILLEGAL.test(id)) {
    throw new AthanorError(
      "REVISION.INVALID_ID",
      id === ""
        ? "revision id must not be empty"
        : `character(s) ${bad.map((c) => `'${c}'`).join(", ")} not allowed in revision identifier '${id}'`,
      { exitCode: 2 },
    );
  }
  if (!revisionIdFits(id))
    throw new AthanorError("REVISION.INVALID_ID", `revision id '${id}' is longer than ${VERSION_NUM_LENGTH} characters`, { exitCode: 2 });
  if (["head", "heads", "base", "current"].includes(id)) {
    throw new AthanorError("REVISION.INVALID_ID", `'${id}' is a reserved word and can't be a revision id`, { exitCode: 2 });
  }
}

export function writeRevisionFile(config: ResolvedConfig, spec: NewRevision): { path: string; revision: string; hooks: string[] } {
  const revision = spec.revision ?? newRevisionId();
  checkRevisionId(revision);
  const now = spec.now ?? new Date();
  const slug = slugify(spec.message, config.truncateSlugLength);
  const where = config.configFile ?? "config";
  let base: string;
  try {
    base = renderFileTemplate(config.fileTemplate, { rev: revision, slug, date: datePartsIn(now, config.timezone) });
  } catch (e) {
    if (e instanceof AthanorError) throw new AthanorError(e.code, `${where}: ${e.message}`);
    throw e;
  }
  if (/[\\/]/.test(base) && !config.recursiveVersionLocations) {
    // Without recursion the new file would be invisible to every later command.
    throw new AthanorError(
      "CONFIG.INVALID",
      `${where}: fileTemplate '${config.fileTemplate}' puts revision files in sub-folders (${base}); set recursiveVersionLocations: true so they are found`,
    );
  }
  const name = `${base}.${config.revisionExtension}`;
  // A name the loader skips (a hidden file, `_…`, `.d.ts`) would be a revision no later command sees.
  if (!isRevisionFileName(basename(name)))
    throw new AthanorError(
      "REVISION.INVALID_ID",
      `the new revision's file would be named ${basename(name)}, which Athanor does not load (file names starting with "." or "_", and .d.ts files, are skipped); ` +
        (spec.revision !== undefined ? `choose another --rev-id than '${revision}'` : `change fileTemplate '${config.fileTemplate}' in ${where}`),
      { exitCode: 2 },
    );
  const path = join(spec.directory, name);
  if (existsSync(path)) throw new AthanorError("REVISION.EXISTS", `file ${path} already exists`);
  const tmpl = templatePath(config.scriptLocation, config.revisionExtension);
  const text = renderRevisionTemplate(
    readFileSync(tmpl.path, "utf8"),
    {
      // Like Alembic: without -m the doc says "empty message" (so `history`
      // shows that, not the Revision ID line) while the slug stays empty.
      message: spec.message.trim() === "" ? "empty message" : spec.message,
      revision,
      downRevision: spec.downRevision,
      branchLabels: spec.branchLabels,
      dependsOn: spec.dependsOn,
      createDate: formatCreateDate(now, config.timezone),
      imports: spec.imports ?? "",
      upgrades: spec.upgrades ?? "",
      downgrades: spec.downgrades ?? "",
      extraExports: spec.extraExports ?? "",
    },
    tmpl.path,
  );
  try {
    makeDirectory(dirname(path));
  } catch (e) {
    throw new AthanorError("SCRIPT.NO_DIRECTORY", `cannot create the revision folder ${dirname(path)}: ${(e as Error).message}`);
  }
  writeFileSync(path, text);
  const hooks = runPostWriteHooks(config.postWriteHooks, path, config.projectDir);
  return { path, revision, hooks };
}
