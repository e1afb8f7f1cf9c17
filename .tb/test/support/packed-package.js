/**
 * The package as npm ships it: `npm pack` of the built repository, unpacked
 * into a project's node_modules/athanor next to links to the runtime
 * dependencies only (no commander, no picocolors, no typescript: the build
 * bundles or doesn't need them). Tests that install athanor the way a user
 * does (test/startup/packed-install.test.ts, commonjs-install.test.ts) share it.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./cli.js";
/** Packages the build needs but an installed athanor must not. */
export const DEV_ONLY = new Set(["commander", "picocolors", "typescript", "esbuild", "@biomejs", "@esbuild", "@types", "hono", "@hono", "drizzle-orm"]);
/**
 * Packs the repository into `work` and installs the tarball into
 * `project/node_modules/athanor`, linking the repository's other
 * node_modules entries except `DEV_ONLY` (`link` names some of those to link
 * anyway, e.g. `@types` for a TypeScript project). Returns the tarball's path.
 */
export function installPackedAthanor(work, project, opts = {}) {
    mkdirSync(join(project, "node_modules"), { recursive: true });
    const pack = spawnSync("npm", ["pack", "--pack-destination", work, "--silent"], { cwd: REPO_ROOT, encoding: "utf8" });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(work, pack.stdout.trim().split("\n").pop());
    const into = join(project, "node_modules", "athanor");
    mkdirSync(into);
    const untar = spawnSync("tar", ["-xzf", tarball, "-C", into, "--strip-components=1"], { encoding: "utf8" });
    assert.equal(untar.status, 0, untar.stderr);
    const extra = new Set(opts.link ?? []);
    for (const name of readdirSync(join(REPO_ROOT, "node_modules"))) {
        if (name.startsWith(".") || (DEV_ONLY.has(name) && !extra.has(name)))
            continue;
        symlinkSync(join(REPO_ROOT, "node_modules", name), join(project, "node_modules", name));
    }
    return tarball;
}
