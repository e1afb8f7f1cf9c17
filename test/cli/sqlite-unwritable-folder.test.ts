/**
 * A SQLite URL naming a file that does not exist, in a folder this user can't write to: SQLite says only "unable
 * to open database file"; the error also says why (the file is missing and the folder not writable), naming the
 * folder. As root (who writes anywhere) the CLI runs as the unprivileged user `nobody` (uid 65534).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { BIN, TempProject } from "../support/cli.js";
import { fails } from "./helpers.js";

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) {
    chmodSync(join(p.dir, "locked"), 0o755);
    p.cleanup();
  }
});

describe("SQLite: a missing file in a folder this user can't write", () => {
  test("the error names the folder and why", (t) => {
    const p = new TempProject("athanor-sqlite-ro-");
    projects.push(p);
    p.write("migrations/versions/.gitkeep", "");
    mkdirSync(join(p.dir, "locked"));
    chmodSync(join(p.dir, "locked"), 0o555);
    chmodSync(p.dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    // as `nobody`, the CLI must be readable: a checkout under a folder only root may enter can't run this test
    if (asRoot && spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(BIN)}, 4)`], { uid: 65534, gid: 65534 }).status !== 0) {
      t.skip(`uid 65534 can't read ${BIN}: this checkout's folders are closed to other users`);
      return;
    }
    const env = { ...process.env, NO_COLOR: "1" } as Record<string, string | undefined>;
    delete env.DATABASE_URL;
    const r = spawnSync(process.execPath, [BIN, "upgrade", "head", "--url", "sqlite:./locked/app.db"], {
      cwd: p.dir,
      env: env as NodeJS.ProcessEnv,
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    const msg = fails({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    assert.match(msg, /^could not open the SQLite database .*locked\/app\.db: unable to open database file/);
    assert.match(msg, /\(the file does not exist, and this user can't create files in the folder .*locked\)$/);
  });
});
