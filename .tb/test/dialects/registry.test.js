/**
 * The registry decides across dialects without knowing any by name: the
 * dialect of a URL by its scheme, a URL's canonical form, a URL from
 * environment variables (the dialect whose own variables are set), paths in
 * URLs, and which dialect adopts a connection.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { postgresDialect } from "../../src/dialects/postgres/index.js";
import { adoptConnection, dialectForUrl, normalizeUrl, registerDialect, resolveUrlPaths, supportedUrlSchemes, urlFromEnvironment, } from "../../src/dialects/registry.js";
/** Another dialect, as a MySQL one would declare itself (it never connects here). */
const other = {
    ...postgresDialect,
    name: "otherdb",
    drivers: [{ protocols: ["otherdb:"], packageName: "otherdb", urlExamples: ["otherdb://root@localhost/app"], connect: () => Promise.reject(new Error("no")) }],
    urls: {
        normalize: (url) => url.trim().replace(/^otherdb\+[a-z]+:/i, "otherdb:"),
        environment: { host: ["OTHER_HOST"], port: ["OTHER_TCP_PORT"], user: ["OTHER_USER"], password: ["OTHER_PWD"], database: ["OTHER_DATABASE"] },
        fromComponents: (c) => `otherdb://${c.user ?? "root"}@${c.host ?? "localhost"}:${c.port ?? "3306"}/${c.database ?? ""}`,
    },
    adoptConnection: async (x) => (x === "other-handle" ? postgresDialect.adoptConnection({ query() { }, exec() { }, close() { } }) : null),
};
registerDialect(other);
describe("dialect registry", () => {
    test("a URL's dialect by scheme; messages list every dialect's forms", () => {
        assert.equal(dialectForUrl("otherdb://h/x").dialect, other);
        assert.equal(dialectForUrl("postgresql://h/x").dialect, postgresDialect);
        assert.equal(dialectForUrl("pglite:memory").dialect, postgresDialect);
        assert.ok(supportedUrlSchemes().includes("otherdb://"));
        assert.ok(supportedUrlSchemes().includes("pglite:"));
        assert.throws(() => dialectForUrl("nosuch://x"), /Supported: .*otherdb:\/\/.*pglite:.*\(e\.g\. otherdb:\/\/root@localhost\/app, postgresql:\/\/user@localhost:5432\/app, pglite:memory/);
    });
    test("normalizing: each dialect its own scheme+driver forms; unknown schemes are only trimmed", () => {
        assert.equal(normalizeUrl(" postgresql+asyncpg://u@h/db "), "postgresql://u@h/db");
        assert.equal(normalizeUrl("postgres+anything://u@h/db"), "postgresql://u@h/db");
        assert.equal(normalizeUrl("otherdb+fast://h/db"), "otherdb://h/db");
        assert.equal(normalizeUrl(" nosuch+x://h "), "nosuch+x://h");
    });
    test("environment components: the dialect whose own variables are set, else the first built-in one", () => {
        assert.deepEqual(urlFromEnvironment({ OTHER_HOST: "db", DB_NAME: "app" })?.url, "otherdb://root@db:3306/app");
        assert.deepEqual(urlFromEnvironment({ DB_HOST: "db", DB_NAME: "app", DB_USER: "u" })?.url, "postgresql://u@db/app");
        const pg = urlFromEnvironment({ PGHOST: "/var/run/postgresql", PGPORT: "5433", DB_NAME: "app" });
        assert.equal(pg?.url, "postgresql:///app?host=%2Fvar%2Frun%2Fpostgresql&port=5433");
        assert.deepEqual(pg?.variables, ["PGHOST", "PGPORT", "DB_NAME"]);
        assert.equal(urlFromEnvironment({ DB_PORT: "5432" }), null);
    });
    test("paths in URLs are made absolute by the driver that reads them", () => {
        assert.equal(resolveUrlPaths("pglite:./data", "/srv/app"), "pglite:/srv/app/data");
        assert.equal(resolveUrlPaths("pglite:memory", "/srv/app"), "pglite:memory");
        assert.equal(resolveUrlPaths("postgresql://h/./x", "/srv/app"), "postgresql://h/./x");
        assert.equal(resolveUrlPaths("nosuch:./x", "/srv/app"), "nosuch:./x");
    });
    test("an adopted connection: the URL's dialect first, then each in turn", async () => {
        const handle = { query: async () => ({ rows: [], rowCount: 0 }), exec: async () => { }, close: async () => { } };
        assert.equal((await adoptConnection(handle, "postgresql://h/x"))?.dialect, postgresDialect);
        assert.equal((await adoptConnection("other-handle"))?.dialect, other);
        assert.equal(await adoptConnection(42), null);
    });
});
