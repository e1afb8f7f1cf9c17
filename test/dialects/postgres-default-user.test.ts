/**
 * A PostgreSQL URL without a user connects as libpq (and psql) would: PGUSER,
 * else the operating system's user. node-postgres alone falls back to $USER,
 * unset in most containers, and the server then answered "no PostgreSQL user
 * name specified in startup packet".
 */
import assert from "node:assert/strict";
import { userInfo } from "node:os";
import { describe, test } from "node:test";
import { withDefaultUser } from "../../src/dialects/postgres/default-user.js";
import { TempProject, URL_FREE_ENV } from "../support/cli.js";
import { requirePostgres } from "../support/databases.js";

const me = encodeURIComponent(userInfo().username);

describe("withDefaultUser", () => {
  test("a URL without a user gets the OS user as a parameter", () => {
    assert.equal(withDefaultUser("postgresql://db:5432/app", undefined, {}), `postgresql://db:5432/app?user=${me}`);
    assert.equal(withDefaultUser("postgresql:///app?host=/run/postgresql", undefined, {}), `postgresql:///app?host=/run/postgresql&user=${me}`);
    assert.equal(withDefaultUser("postgresql://db/app?", undefined, {}), `postgresql://db/app?user=${me}`);
  });
  test("a user in the URL, its user parameter, PGUSER or pg's default is left alone", () => {
    for (const url of ["postgresql://app@db/app", "postgresql://:secret@db/app", "postgresql://db/app?user=app"]) {
      const kept = url.includes(":secret@") ? `${url}?user=${me}` : url;
      assert.equal(withDefaultUser(url, undefined, {}), kept);
    }
    assert.equal(withDefaultUser("postgresql://db/app", undefined, { PGUSER: "app" }), "postgresql://db/app");
    assert.equal(withDefaultUser("postgresql://db/app", "app", {}), "postgresql://db/app");
    assert.equal(withDefaultUser("not a url", undefined, {}), "not a url");
  });
});

describe("a URL without a user, USER unset (a container)", async () => {
  const opts = await requirePostgres();
  test("connects as the OS user, or names that role", opts, () => {
    const project = new TempProject();
    project.write("migrations/versions/.gitkeep", "");
    try {
      const env = { ...URL_FREE_ENV, USER: undefined, PGUSER: undefined, LOGNAME: undefined };
      const r = project.run(["current", "--url", "postgresql://127.0.0.1:5432/postgres"], { env });
      const said = `${r.stdout}${r.stderr}`;
      assert.doesNotMatch(said, /no PostgreSQL user name specified/);
      if (r.code !== 0) assert.match(r.stderr, new RegExp(`role "${userInfo().username}" does not exist`));
      else assert.match(said, /at base|no current revision/);
    } finally {
      project.cleanup();
    }
  });
});
