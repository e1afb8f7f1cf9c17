/**
 * `athanor init [directory]`: writes athanor.config.ts (unless one exists), the
 * migrations folder with versions/, an editable revision template and a short
 * README. Refuses a non-empty target folder.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { CONFIG_FILE_NAMES } from "../config/load-config.js";
import { NEW_PROJECT_URL } from "../dialects/new-project-url.js";
import { dialectForUrl } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { builtinTemplate } from "../script/render-revision-template.js";
import { makeDirectory } from "../util/make-directory.js";
import type { CommandContext } from "./context.js";

export interface InitOptions {
  printConfig?: boolean;
}

/** The config `init` writes: an ES module, or CommonJS for a `.cjs` file (which Node never loads as an ES module). */
export function configFileText(scriptLocation: string, defaultUrl: string = NEW_PROJECT_URL, form: "esm" | "cjs" = "esm"): string {
  const what = defaultUrl === NEW_PROJECT_URL ? "an embedded PostgreSQL (PGlite) kept in this project" : "the database given to `athanor init --url`";
  const head = form === "cjs" ? 'const { defineConfig } = require("athanor");\n\nmodule.exports =' : 'import { defineConfig } from "athanor";\n\nexport default';
  return `${head} defineConfig({
  // Database URL, highest first: --url, DATABASE_URL, \`url\` here, then
  // DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD. With none of them set,
  // \`defaultUrl\` is used: ${what}.
  url: process.env.DATABASE_URL,
  defaultUrl: ${JSON.stringify(defaultUrl)},
  scriptLocation: ${JSON.stringify(scriptLocation)},
  // Name new files like 20261121_1405-<rev>_<slug>.ts:
  // fileTemplate: "{year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}",
  // timezone: "UTC",
  // Modules exporting your schema models, for \`revision --autogenerate\` and \`check\`:
  // models: ["./src/db/schema.ts"],
  // Run after each new revision file is written:
  // postWriteHooks: ["npx prettier --write {file}"],
});
`;
}

const README = `# Migrations

Revision files live in \`versions/\`. Each exports \`revision\`, \`downRevision\`
and async \`upgrade(op)\` / \`downgrade(op)\` functions.

    npx athanor revision -m "add users"      # new empty revision
    npx athanor revision --autogenerate -m "…" # from your models
    npx athanor upgrade head                  # apply everything
    npx athanor downgrade -1                  # revert one step
    npx athanor history / heads / current     # look around

\`script.ts.tmpl\` is the template for new revision files: edit it freely.
`;

/** The URL without its password (a URL that doesn't parse as one is kept as given). */
function withoutPassword(url: string): { url: string; passwordLeftOut: boolean } {
  if (!URL.canParse(url)) return { url, passwordLeftOut: false };
  const u = new URL(url);
  if (u.password === "") return { url, passwordLeftOut: false };
  u.password = "";
  return { url: u.toString(), passwordLeftOut: true };
}

export async function init(ctx: CommandContext, directory: string, opts: InitOptions): Promise<number> {
  if (opts.printConfig) {
    const { printConfig } = await import("./config.js");
    return printConfig(ctx);
  }
  const dir = resolve(ctx.cwd, directory);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new AthanorError("INIT.NOT_EMPTY", `directory ${directory} already exists and is not empty`);
  }
  // `--url`: the project's database instead of the embedded one (checked first; its password never goes in a file)
  const projectUrl = ctx.globals.url === undefined ? { url: NEW_PROJECT_URL, passwordLeftOut: false } : withoutPassword(ctx.globals.url.trim());
  if (ctx.globals.url !== undefined) dialectForUrl(projectUrl.url);
  makeFolder(join(dir, "versions"));
  writeFileSync(join(dir, "script.ts.tmpl"), builtinTemplate("ts"));
  writeFileSync(join(dir, "README.md"), README);
  writeFileSync(join(dir, "versions", ".gitkeep"), "");
  ctx.out.info(`Created ${relative(ctx.cwd, dir) || "."}/ with versions/, script.ts.tmpl and README.md`);

  // The config: -c names where it goes (or the one to keep); else the first
  // existing athanor.config.*; else a new athanor.config.ts here.
  const configPath =
    ctx.globals.config !== undefined
      ? resolve(ctx.cwd, ctx.globals.config)
      : (CONFIG_FILE_NAMES.map((n) => join(ctx.cwd, n)).find((p) => existsSync(p)) ?? join(ctx.cwd, "athanor.config.ts"));
  const shown = relative(ctx.cwd, configPath) || configPath;
  const projectDir = dirname(configPath);
  const configCreated = !existsSync(configPath);
  if (!configCreated) {
    ctx.out.info(`Config ${shown} already exists, leaving it alone`);
  } else {
    // Folders in a config are relative to the config's own folder.
    const rel = relative(projectDir, dir).split("\\").join("/") || ".";
    makeFolder(projectDir);
    writeFileSync(
      configPath,
      configPath.endsWith(".json")
        ? `${JSON.stringify({ defaultUrl: projectUrl.url, scriptLocation: rel }, null, 2)}\n`
        : configFileText(rel, projectUrl.url, configPath.endsWith(".cjs") ? "cjs" : "esm"),
    );
    ctx.out.info(`Created ${shown}${projectUrl.url === NEW_PROJECT_URL ? "" : ` for ${projectUrl.url}`}`);
    if (projectUrl.passwordLeftOut)
      ctx.out.warn(`the password in --url was not written to ${shown}: set DATABASE_URL (it wins over defaultUrl) to connect with it`);
  }
  const stateDir = join(projectDir, ".athanor");
  if (projectUrl.url === NEW_PROJECT_URL && !existsSync(stateDir)) {
    makeFolder(stateDir);
    writeFileSync(join(stateDir, ".gitignore"), "# local embedded database (PGlite); not for version control\n*\n");
  }
  ctx.out.info(`Next: npx athanor revision -m "first revision" && npx athanor upgrade head`);
  if (ctx.globals.json) ctx.out.resultJson({ directory: relative(ctx.cwd, dir) || ".", configFile: shown, configCreated });
  return 0;
}

function makeFolder(path: string): void {
  try {
    makeDirectory(path);
  } catch (e) {
    throw new AthanorError("SCRIPT.NO_DIRECTORY", `cannot create the folder ${path}: ${(e as Error).message}`);
  }
}
