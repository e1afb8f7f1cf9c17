/**
 * `athanor revision`: ids, file names, the doc header, --head/--splice,
 * --branch-label, --depends-on, version locations, file templates and time
 * zones, post-write hooks, and a generated file that type-checks and imports.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { createJiti } from "jiti";
import { REPO_ROOT, TempProject } from "../support/cli.js";
import { fails, lines, ok } from "./helpers.js";

/** Runs a program without blocking the other suites; resolves with its exit code and output. */
function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Runs `revision`, expects success, returns the written path (from --json). */
async function revision(project: TempProject, args: string[]): Promise<string> {
  const r = await project.runAsync(["revision", ...args, "--json", "-q"]);
  return (JSON.parse(ok(r, `revision ${args.join(" ")}`)) as { path: string }).path;
}

/** The suites below are independent projects: run them side by side; each one's steps in order. */
const SEQUENTIAL = { concurrency: false };

describe("revision", { concurrency: true }, () => {
  describe("revision: ids, names, header", SEQUENTIAL, () => {
    const project = new TempProject();
    before(async () => {
      ok(await project.runAsync(["init", "-q"]));
    });
    after(() => project.cleanup());

    test("a new root: 12 hex id, {rev}_{slug}.ts, the doc header, null downRevision", async () => {
      const r = await project.runAsync(["revision", "-m", "Create account table!"]);
      ok(r);
      const m = /^Generating (migrations\/versions\/([0-9a-f]{12})_create_account_table\.ts) \.\.\. done\n$/.exec(r.stderr);
      assert.ok(m, r.stderr);
      const [, path, id] = m as unknown as [string, string, string];
      const text = project.read(path);
      assert.match(
        text,
        new RegExp(
          `^/\\*\\*\\n \\* Create account table!\\n \\*\\n \\* Revision ID: ${id}\\n \\* Revises:\\n \\* Create Date: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00\\n \\*/\\n`,
        ),
      );
      assert.match(text, new RegExp(`^export const revision = "${id}";$`, "m"));
      assert.match(text, /^export const downRevision: string \| string\[\] \| null = null;$/m);
      assert.match(text, /^export const branchLabels: string\[\] = \[\];$/m);
      assert.match(text, /^export const dependsOn: string\[\] = \[\];$/m);
      assert.match(text, /^export async function upgrade\(op: MigrationOps\): Promise<void> \{$/m);
      assert.match(text, /^export async function downgrade\(op: MigrationOps\): Promise<void> \{$/m);
      assert.equal(ok(await project.runAsync(["heads"])), `${id} (head)\n`);
    });

    test("ids differ between revisions", async () => {
      const a = await revision(project, ["-m", "b"]);
      const b = await revision(project, ["-m", "c"]);
      const id = (p: string) => /\/([0-9a-f]{12})_/.exec(p)?.[1];
      assert.ok(id(a) && id(b) && id(a) !== id(b), `${a} ${b}`);
      assert.equal(lines(ok(await project.runAsync(["history"]))).length, 3);
    });

    test("without -m: the slug is empty and the doc says 'empty message' (as Alembic)", async () => {
      const path = await revision(project, ["--rev-id", "e0e0e0e0e0e0"]);
      assert.equal(path, "migrations/versions/e0e0e0e0e0e0_.ts");
      assert.match(project.read(path), /^ \* empty message$/m);
      assert.match(ok(await project.runAsync(["history", "-r", "heads:"])), /^[0-9a-f]{12} -> e0e0e0e0e0e0 \(head\), empty message\n$/);
    });

    test("the slug: words lower-cased, joined by _, cut at a word boundary (truncateSlugLength, default 40)", async () => {
      const path = await revision(project, ["-m", "Add the user's e-mail address column, and an index on it, please", "--rev-id", "5105105105a0"]);
      assert.equal(path, "migrations/versions/5105105105a0_add_the_user_s_e_mail_address_column_.ts");
    });

    test("a message with comment terminators and several lines stays inside the doc comment", async () => {
      const path = await revision(project, ["-m", 'close */ here\nsecond line "quoted" `x` $' + "{y}", "--rev-id", "c0c0c0c0c0c0"]);
      const text = project.read(path);
      assert.match(text, /^ \* close \* \/ here\n \* second line "quoted" `x` \$\{y\}\n \*\n/m);
      assert.match(ok(await project.runAsync(["show", "c0c0c0c0c0c0"])), /^ {4}close \* \/ here\n {4}second line "quoted" `x` \$\{y\}\n/m);
    });

    test("--rev-id: used as is; an existing id is refused", async () => {
      assert.equal(await revision(project, ["-m", "mine", "--rev-id", "feed"]), "migrations/versions/feed_mine.ts");
      const msg = fails(await project.runAsync(["revision", "-m", "again", "--rev-id", "feed"]));
      assert.equal(msg, `revision feed already exists (${realpathSync(project.dir)}/migrations/versions/feed_mine.ts)`);
      assert.equal(fails(await project.runAsync(["revision", "-m", "x", "--rev-id", "a/b"]), 2), "character(s) '/' not allowed in revision identifier 'a/b'");
      assert.equal(fails(await project.runAsync(["revision", "-m", "x", "--rev-id", "a@b:c"]), 2), "character(s) '@', ':' not allowed in revision identifier 'a@b:c'");
    });

    test("--rev-id whose file the loader would skip (hidden, leading _) is refused, not written and then lost", async () => {
      for (const id of [".hidden", "_under"]) {
        const msg = fails(await project.runAsync(["revision", "-m", "lost", "--rev-id", id]), 2);
        assert.ok(msg.startsWith(`the new revision's file would be named ${id}_lost.ts, which Athanor does not load`), msg);
        assert.ok(msg.endsWith(`choose another --rev-id than '${id}'`), msg);
      }
      assert.ok(!project.ls("migrations/versions").some((f) => f.endsWith("_lost.ts")), "no file written");
    });
  });

  describe("revision: --head, --splice, --branch-label, --depends-on", SEQUENTIAL, () => {
    const project = new TempProject();
    before(() => project.write("migrations/versions/.gitkeep", ""));
    after(() => project.cleanup());

    const down = (path: string) => /^export const downRevision[^=]*= (.*);$/m.exec(project.read(path))?.[1];
    const deps = (path: string) => /^export const dependsOn[^=]*= (.*);$/m.exec(project.read(path))?.[1];
    const labels = (path: string) => /^export const branchLabels[^=]*= (.*);$/m.exec(project.read(path))?.[1];

    test("a chain on the single head", async () => {
      await revision(project, ["-m", "one", "--rev-id", "aaaa00000001"]);
      const p = await revision(project, ["-m", "two", "--rev-id", "bbbb00000001"]);
      assert.equal(down(p), '"aaaa00000001"');
      assert.match(project.read(p), /^ \* Revises: aaaa00000001$/m);
    });

    test("--head <rev> that is not a head needs --splice", async () => {
      const msg = fails(await project.runAsync(["revision", "-m", "x", "--head", "aaaa"]));
      assert.equal(msg, "revision aaaa00000001 is not a head revision; pass --splice to create a new branch from it");
      const p = await revision(project, ["-m", "side", "--head", "aaaa", "--splice", "--branch-label", "side", "--rev-id", "cccc00000001"]);
      assert.equal(down(p), '"aaaa00000001"', "partial id resolved");
      assert.equal(labels(p), '["side"]');
      assert.equal(ok(await project.runAsync(["branches"])), "aaaa00000001 (branchpoint)\n             -> bbbb00000001 (head)\n             -> cccc00000001 (side) (head)\n\n");
    });

    test("several heads: --head head is refused, naming them and the way out", async () => {
      const msg = fails(await project.runAsync(["revision", "-m", "x"]));
      assert.equal(
        msg,
        'multiple heads are present: bbbb00000001 "two" (migrations/versions/bbbb00000001_two.ts), cccc00000001 "side" (migrations/versions/cccc00000001_side.ts); ' +
          "merge them first with 'athanor merge heads -m \"merge\"', or base the new revision on one of them with '--head bbbb00000001'",
      );
    });

    test("--head label@head and --head <head id>", async () => {
      const p = await revision(project, ["-m", "more side", "--head", "side@head", "--rev-id", "dddd00000001"]);
      assert.equal(down(p), '"cccc00000001"');
      const q = await revision(project, ["-m", "more main", "--head", "bbbb", "--rev-id", "eeee00000001"]);
      assert.equal(down(q), '"bbbb00000001"');
    });

    test("--head base: a new root", async () => {
      const p = await revision(project, ["-m", "other root", "--head", "base", "--branch-label", "other", "--rev-id", "ffff00000001"]);
      assert.equal(down(p), "null");
      assert.equal(ok(await project.runAsync(["history", "-r", ":other@head"])), "<base> -> ffff00000001 (other) (head), other root\n");
    });

    test("--depends-on: repeatable, partial ids resolved to full ids, labels kept", async () => {
      const p = await revision(project, ["-m", "needs", "--head", "other@head", "--depends-on", "dddd", "--depends-on", "side", "--rev-id", "1234abcd0001"]);
      assert.equal(deps(p), '["dddd00000001", "side"]');
      assert.match(ok(await project.runAsync(["show", "1234"])), /^Also depends on: dddd00000001, side$/m);
      assert.equal(
        ok(await project.runAsync(["history", "-r", "ffff:other@head"])),
        "ffff00000001 (dddd00000001, side) -> 1234abcd0001 (other) (head), needs\n<base> -> ffff00000001 (other), other root\n",
      );
      assert.equal(fails(await project.runAsync(["revision", "-m", "x", "--head", "other@head", "--depends-on", "zzzz"])), "No such revision or branch 'zzzz'");
    });

    test("--branch-label: a label already used, or with illegal characters, is refused", async () => {
      const used = fails(await project.runAsync(["revision", "-m", "x", "--head", "side@head", "--branch-label", "other"]));
      assert.equal(used, "branch label 'other' is already used by revision ffff00000001");
      const bad = fails(await project.runAsync(["revision", "-m", "x", "--head", "side@head", "--branch-label", "a@b"]), 2);
      assert.equal(bad, "branch label 'a@b' may not contain '@', '-', '+', ':' or spaces");
      // refused before a file is written: a file with it would make every later command fail on the graph
      const before = project.ls("migrations/versions").length;
      for (const [label, why] of [
        ["heads", "is a reserved symbol"],
        ["base", "is a reserved symbol"],
        ["12", "looks like a relative step (+N/-N)"],
      ]) {
        const refused = fails(await project.runAsync(["revision", "-m", "x", "--head", "side@head", "--branch-label", label as string]), 2);
        assert.equal(refused, `branch label '${label}' ${why}`);
      }
      assert.equal(project.ls("migrations/versions").length, before);
      assert.equal(ok(await project.runAsync(["heads"])).split("\n").length > 1, true);
    });

    test("heads afterwards", async () => {
      // dddd is now only depended upon: an effective head (Alembic's term), hidden by --resolve-dependencies.
      assert.equal(ok(await project.runAsync(["heads"])), "1234abcd0001 (other) (head)\ndddd00000001 (side) (effective head)\neeee00000001 (head)\n");
      assert.equal(ok(await project.runAsync(["heads", "--resolve-dependencies"])), "1234abcd0001 (other) (head)\neeee00000001 (head)\n");
    });
  });

  describe("revision: version locations", SEQUENTIAL, () => {
    const project = new TempProject();
    before(() => {
      project.write("athanor.config.json", JSON.stringify({ versionLocations: ["migrations/versions", "migrations/shop"] }));
      project.write("migrations/versions/.gitkeep", "");
      project.write("migrations/shop/.gitkeep", "");
    });
    after(() => project.cleanup());

    test("a new root needs --version-path when there are several locations", async () => {
      const msg = fails(await project.runAsync(["revision", "-m", "x"]));
      assert.equal(msg, "multiple version locations present (migrations/versions, migrations/shop); pass --version-path for a new root revision");
    });

    test("--version-path picks the folder; an unknown one is refused", async () => {
      assert.equal(await revision(project, ["-m", "core", "--version-path", "migrations/versions", "--rev-id", "aaaa00000001"]), "migrations/versions/aaaa00000001_core.ts");
      assert.equal(
        await revision(project, ["-m", "shop", "--head", "base", "--version-path", "migrations/shop", "--branch-label", "shop", "--rev-id", "bbbb00000001"]),
        "migrations/shop/bbbb00000001_shop.ts",
      );
      const msg = fails(await project.runAsync(["revision", "-m", "x", "--head", "base", "--version-path", "elsewhere"]));
      assert.equal(msg, "--version-path elsewhere is not one of the version locations (migrations/versions, migrations/shop)");
    });

    test("later revisions go next to their parent", async () => {
      assert.equal(await revision(project, ["-m", "orders", "--head", "shop@head", "--rev-id", "cccc00000001"]), "migrations/shop/cccc00000001_orders.ts");
      assert.equal(await revision(project, ["-m", "more", "--head", "aaaa", "--rev-id", "dddd00000001"]), "migrations/versions/dddd00000001_more.ts");
      assert.equal(ok(await project.runAsync(["heads"])), "dddd00000001 (head)\ncccc00000001 (shop) (head)\n");
    });

    test("recursiveVersionLocations: files in sub-folders count only when it is true", async () => {
      project.write("migrations/versions/2026/eeee00000001_nested.ts", 'export const revision = "eeee00000001";\nexport const downRevision = "dddd00000001";\n');
      assert.equal(ok(await project.runAsync(["heads"])), "dddd00000001 (head)\ncccc00000001 (shop) (head)\n");
      project.write(
        "athanor.config.json",
        JSON.stringify({ versionLocations: ["migrations/versions", "migrations/shop"], recursiveVersionLocations: true }),
      );
      assert.equal(ok(await project.runAsync(["heads"])), "eeee00000001 (head)\ncccc00000001 (shop) (head)\n");
    });
  });

  describe("revision: file templates and time zones", SEQUENTIAL, () => {
    const project = new TempProject();
    before(() => project.write("migrations/versions/.gitkeep", ""));
    after(() => project.cleanup());
    const config = (settings: Record<string, unknown>) =>
      project.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig(${JSON.stringify(settings)});\n`);
    /** Calendar fields of the Create Date written into `path`. */
    const createDate = (path: string) => {
      const m = /Create Date: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d{6}([+-]\d\d:\d\d)/.exec(project.read(path));
      assert.ok(m, project.read(path));
      const [, year, month, day, hour, minute, second, offset] = m as unknown as string[];
      return { year, month, day, hour, minute, second, offset };
    };

    test("the seeds' template: {year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}", async () => {
      config({ fileTemplate: "{year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}" });
      const p = await revision(project, ["-m", "first", "--rev-id", "aaaa00000001"]);
      const d = createDate(p);
      assert.equal(p, `migrations/versions/${d.year}${d.month}${d.day}_${d.hour}${d.minute}-aaaa00000001_first.ts`);
      assert.equal(d.offset, "+00:00", "UTC by default");
    });

    test("timezone: file name and Create Date in that zone", async () => {
      config({ fileTemplate: "{year}{month:02}{day:02}_{hour:02}{minute:02}{second:02}-{rev}", timezone: "Asia/Kolkata" });
      const before = Date.now();
      const p = await revision(project, ["-m", "second", "--rev-id", "bbbb00000001"]);
      const d = createDate(p);
      assert.equal(d.offset, "+05:30");
      assert.equal(p, `migrations/versions/${d.year}${d.month}${d.day}_${d.hour}${d.minute}${d.second}-bbbb00000001.ts`);
      // The wall-clock time really is Kolkata's (UTC+05:30).
      const asUtc = Date.UTC(Number(d.year), Number(d.month) - 1, Number(d.day), Number(d.hour), Number(d.minute), Number(d.second)) - 5.5 * 3600_000;
      assert.ok(Math.abs(asUtc - before) < 60_000, `${asUtc} vs ${before}`);
    });

    test("Alembic's syntax, %%(name)d and %%(name).2d, with epoch", async () => {
      config({ fileTemplate: "%%(year)d_%%(month).2d_%%(day).2d_%%(epoch)s-%%(rev)s_%%(slug)s", truncateSlugLength: 8 });
      const before = Math.floor(Date.now() / 1000);
      const p = await revision(project, ["-m", "third one here", "--rev-id", "cccc00000001"]);
      const d = createDate(p);
      const m = /^migrations\/versions\/(\d{4})_(\d\d)_(\d\d)_(\d+)-cccc00000001_third_\.ts$/.exec(p);
      assert.ok(m, p);
      assert.deepEqual(m.slice(1, 4), [d.year, d.month, d.day]);
      assert.ok(Math.abs(Number(m[4]) - before) < 60, "epoch seconds");
    });

    test("an unknown token names the config file", async () => {
      config({ fileTemplate: "{rev}_{bogus}" });
      const msg = fails(await project.runAsync(["revision", "-m", "x"]));
      assert.equal(
        msg,
        `${realpathSync(project.dir)}/athanor.config.ts: fileTemplate: unknown token 'bogus' (known: rev, slug, epoch, year, month, day, hour, minute, second)`,
      );
    });

    test("a template with sub-folders requires recursiveVersionLocations", async () => {
      config({ fileTemplate: "{year}/{rev}_{slug}" });
      const msg = fails(await project.runAsync(["revision", "-m", "x", "--rev-id", "dddd00000001"]));
      assert.match(msg, /fileTemplate '\{year\}\/\{rev\}_\{slug\}' puts revision files in sub-folders \(\d{4}\/dddd00000001_x\); set recursiveVersionLocations: true/);
      config({ fileTemplate: "{year}/{rev}_{slug}", recursiveVersionLocations: true });
      const p = await revision(project, ["-m", "x", "--rev-id", "dddd00000001"]);
      assert.match(p, /^migrations\/versions\/\d{4}\/dddd00000001_x\.ts$/);
      assert.equal(ok(await project.runAsync(["heads"])), "dddd00000001 (head)\n");
    });

    test("an unknown time zone names the setting and the file", async () => {
      config({ timezone: "Mars/Olympus" });
      const msg = fails(await project.runAsync(["heads"]));
      assert.equal(msg, `${realpathSync(project.dir)}/athanor.config.ts: setting 'timezone' is not a known time zone: 'Mars/Olympus'`);
    });
  });

  describe("revision: post-write hooks", SEQUENTIAL, () => {
    const project = new TempProject();
    before(() => project.write("migrations/versions/.gitkeep", ""));
    after(() => project.cleanup());

    test("hooks run in order on the new file: {file} substituted, else appended; cwd is the project", async () => {
      project.write(
        "athanor.config.json",
        JSON.stringify({
          postWriteHooks: ["echo '// formatted' >> {file}", { command: "echo hooked >> hook.log; echo", cwd: "." }],
        }),
      );
      const r = await project.runAsync(["revision", "-m", "hooked", "--rev-id", "aaaa00000001"]);
      ok(r);
      const file = `${realpathSync(project.dir)}/migrations/versions/aaaa00000001_hooked.ts`;
      assert.ok(project.read("migrations/versions/aaaa00000001_hooked.ts").endsWith("}\n// formatted\n"));
      assert.equal(project.read("hook.log"), "hooked\n");
      assert.deepEqual(lines(r.stderr), [
        `Running post-write hook: echo '// formatted' >> ${file} ... done`,
        `Running post-write hook: echo hooked >> hook.log; echo ${file} ... done`,
        "Generating migrations/versions/aaaa00000001_hooked.ts ... done",
      ]);
    });

    test("a failing hook: exit 1 with its output; the file is kept", async () => {
      project.write("athanor.config.json", JSON.stringify({ postWriteHooks: ["echo checking {file}; echo 'line 3: bad' >&2; exit 3"] }));
      const r = await project.runAsync(["revision", "-m", "broken", "--rev-id", "bbbb00000001"]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, "");
      const file = `${realpathSync(project.dir)}/migrations/versions/bbbb00000001_broken.ts`;
      assert.equal(
        r.stderr,
        `error: post-write hook 'echo checking {file}; echo 'line 3: bad' >&2; exit 3' failed on ${file} (exit 3); the revision file was written and kept:\nchecking ${file}\nline 3: bad\n`,
      );
      assert.ok(project.ls("migrations/versions").includes("bbbb00000001_broken.ts"));
    });
  });

  describe("a generated revision type-checks and imports", SEQUENTIAL, () => {
    const project = new TempProject();
    before(async () => {
      ok(await project.runAsync(["init", "-q"]));
      // The project depends on athanor, as a real one would.
      mkdirSync(join(project.dir, "node_modules"), { recursive: true });
      symlinkSync(REPO_ROOT, join(project.dir, "node_modules", "athanor"), "dir");
      project.write("package.json", JSON.stringify({ type: "module" }));
    });
    after(() => project.cleanup());

    test("tsc --strict on the config, a root, a child with labels and dependencies, and a merge", async () => {
      await revision(project, ["-m", "root", "--rev-id", "aaaa00000001"]);
      await revision(project, ["-m", "child", "--branch-label", "x", "--rev-id", "bbbb00000001"]);
      await revision(project, ["-m", "side", "--head", "aaaa", "--splice", "--depends-on", "x", "--rev-id", "cccc00000001"]);
      ok(await project.runAsync(["merge", "bbbb", "cccc", "-m", "merge", "--rev-id", "dddd00000001", "-q"]));
      project.write(
        "tsconfig.json",
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noUnusedLocals: true,
            module: "NodeNext",
            moduleResolution: "NodeNext",
            target: "ES2022",
            noEmit: true,
            skipLibCheck: true,
            typeRoots: [join(REPO_ROOT, "node_modules/@types")],
            types: ["node"],
          },
          include: ["athanor.config.ts", "migrations/versions/*.ts"],
        }),
      );
      const tsc = await run(process.execPath, [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], project.dir);
      assert.equal(tsc.code, 0, tsc.output);
    });

    test("each file imports cleanly and exports what the runner needs", async () => {
      const jiti = createJiti(pathToFileURL(join(project.dir, "index.ts")).href, { moduleCache: false, fsCache: false });
      const dir = join(project.dir, "migrations/versions");
      const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
      assert.equal(files.length, 4);
      for (const f of files) {
        const mod = await jiti.import<Record<string, unknown>>(join(dir, f));
        assert.equal(typeof mod.upgrade, "function", f);
        assert.equal(typeof mod.downgrade, "function", f);
        assert.equal(typeof mod.revision, "string", f);
        assert.equal(await (mod.upgrade as (op: unknown) => Promise<unknown>)({}), undefined, `${f}: an empty upgrade runs`);
      }
    });

    test("revisionExtension 'js': plain ES modules Node imports directly", async () => {
      project.write("js.config.json", JSON.stringify({ revisionExtension: "js" }));
      const p = await revision(project, ["-c", "js.config.json", "-m", "in js", "--rev-id", "eeee00000001"]);
      assert.equal(p, "migrations/versions/eeee00000001_in_js.js");
      const mod = (await import(pathToFileURL(join(project.dir, p)).href)) as Record<string, unknown>;
      assert.equal(mod.revision, "eeee00000001");
      assert.equal(mod.downRevision, "dddd00000001");
      assert.equal(typeof mod.upgrade, "function");
      assert.equal(ok(await project.runAsync(["heads", "-c", "js.config.json"])), "eeee00000001 (x) (head)\n");
    });
  });
});
