/**
 * waitForDatabase without a real server: which failures it retries (the
 * dialect reads them from the codes the driver keeps, never from text),
 * a per-attempt time limit for a server that never answers, abort, and
 * refusal of settings that are not numbers.
 */
import assert from "node:assert/strict";
import { createServer, type Socket } from "node:net";
import { after, describe, test } from "node:test";
import { connectError, postgresDialect } from "../../src/dialects/postgres/index.js";
import { AthanorError } from "../../src/errors.js";
import { classifyConnectError, waitForDatabase } from "../../src/runtime/wait-for-database.js";
import { sparePort } from "./support/cluster.js";

const URL_ = "postgresql://app:hush@db:5432/app";
/** A failure as pg raises it (its message, its SQLSTATE or errno, if any), as the pg driver reports it. */
const driverError = (message: string, code?: string) => connectError(URL_, Object.assign(new Error(message), code ? { code } : {}));
const classify = (e: unknown) => classifyConnectError(e, postgresDialect);

describe("classifyConnectError", () => {
  const retried: Array<[string, string | undefined]> = [
    ["connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"],
    ["connect ETIMEDOUT 10.1.2.3:5432", "ETIMEDOUT"],
    ["read ECONNRESET", "ECONNRESET"],
    ["connect EHOSTUNREACH 10.1.2.3:5432", "EHOSTUNREACH"],
    ["getaddrinfo ENOTFOUND db", "ENOTFOUND"],
    ["getaddrinfo EAI_AGAIN db", "EAI_AGAIN"],
    ["the database system is starting up", "57P03"],
    ["the database system is shutting down", "57P03"],
    ["the database system is not yet accepting connections", "57P03"],
    ["sorry, too many clients already", "53300"],
    ["terminating connection due to administrator command", "57P01"],
    // pg's own, without a code
    ["Connection terminated unexpectedly", undefined],
    ["Connection terminated due to connection timeout", undefined],
  ];
  for (const [m, code] of retried) {
    test(`retries: ${m}`, () => {
      const r = classify(driverError(m, code));
      assert.equal(r.retry, true);
      assert.equal(r.reason, code && !m.includes(code) ? `${m} (${code})` : m, "the reason is the cause, without the URL again");
    });
  }
  const fatal: Array<[string, string | undefined, RegExp]> = [
    ['password authentication failed for user "app"', "28P01", /^wrong password: /],
    ['database "app" does not exist', "3D000", /^the database does not exist: /],
    ['role "app" does not exist', "28000", /^authentication rejected: /],
    ['permission denied for database "app"', "42501", /^permission denied: /],
    ['no pg_hba.conf entry for host "10.0.0.5", user "app", database "app", no encryption', "28000", /^authentication rejected: /],
    ["SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string", undefined, /the server asks for a password and the URL has none/],
  ];
  for (const [m, code, reason] of fatal) {
    test(`fails at once: ${m}`, () => {
      const r = classify(driverError(m, code));
      assert.equal(r.retry, false);
      assert.match(r.reason, reason);
    });
  }
  test("the kind comes from codes, never from the text", () => {
    assert.equal(classify(new Error("the database system is starting up (57P03)")).retry, false);
    assert.equal(classify(new Error("password authentication failed (28P01)")).kind, "unknown");
  });
  test("codes on the error objects (other drivers) count too", () => {
    assert.equal(classify(Object.assign(new Error("boom"), { code: "57P03" })).retry, true);
    assert.equal(classify(Object.assign(new Error("boom"), { code: "28P01" })).retry, false);
    assert.equal(classify(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })], "")).retry, true);
  });
  test("the dialect names timeouts and lock failures", () => {
    const kind = (code: string) => postgresDialect.errors.classify(Object.assign(new Error("x"), { code }));
    assert.equal(kind("55P03"), "lock-timeout");
    assert.equal(kind("57014"), "statement-timeout");
    assert.equal(kind("25P03"), "idle-timeout");
    assert.equal(kind("XX000"), "unknown");
  });
});

describe("waitForDatabase", () => {
  const sockets = new Set<Socket>();
  // A server that accepts TCP connections and never says a word: a hung database.
  const silent = createServer((s) => {
    sockets.add(s);
    s.on("error", () => {});
  });
  after(() => {
    for (const s of sockets) s.destroy();
    silent.close();
  });

  test("an attempt that gets no answer is abandoned after connectTimeoutSeconds and retried", { timeout: 30_000 }, async () => {
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const addr = silent.address();
    const port = typeof addr === "object" && addr ? addr.port : 0;
    const lines: string[] = [];
    const started = Date.now();
    await assert.rejects(
      waitForDatabase(`postgresql://app:hush-hush@127.0.0.1:${port}/app`, { attempts: 2, intervalSeconds: 0, connectTimeoutSeconds: 0.5, log: (l) => lines.push(l) }),
      (e: unknown) => {
        assert.ok(e instanceof AthanorError);
        assert.equal(e.code, "CONNECT.GAVE_UP");
        assert.match(e.message, /still not reachable after 2 attempts .*no answer within 0\.5 s/);
        assert.doesNotMatch(e.message, /hush-hush/);
        return true;
      },
    );
    assert.ok(Date.now() - started < 10_000);
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? "", /attempt 1\/2\): no answer within 0\.5 s/);
  });

  test("an abort ends the wait during the pause between attempts", { timeout: 30_000 }, async () => {
    const port = await sparePort();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const started = Date.now();
    await assert.rejects(
      waitForDatabase(`postgresql://app@127.0.0.1:${port}/app`, { attempts: 10, intervalSeconds: 60, signal: ac.signal }),
      (e: unknown) => e instanceof AthanorError && e.code === "ABORTED",
    );
    assert.ok(Date.now() - started < 10_000, "did not sleep the 60 s");
  });

  test("an abort ends the wait during an attempt the database doesn't answer, without waiting for connectTimeoutSeconds", { timeout: 30_000 }, async () => {
    if (!silent.listening) await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const addr = silent.address();
    const port = typeof addr === "object" && addr ? addr.port : 0;
    for (const url of [`postgresql://app@127.0.0.1:${port}/app`, `mysql://app@127.0.0.1:${port}/app`]) {
      const ac = new AbortController();
      setTimeout(() => ac.abort(new AthanorError("ABORTED", "stopped by SIGTERM")), 300);
      const lines: string[] = [];
      const started = Date.now();
      await assert.rejects(
        waitForDatabase(url, { attempts: 3, intervalSeconds: 0, connectTimeoutSeconds: 8, signal: ac.signal, log: (l) => lines.push(l) }),
        (e: unknown) => e instanceof AthanorError && e.code === "ABORTED" && /^stopped by SIGTERM while waiting for the database$/.test(e.message),
      );
      assert.ok(Date.now() - started < 4_000, `${url}: the abort waited ${Date.now() - started} ms for the attempt`);
      assert.deepEqual(lines, [], "no 'retrying' line after the stop");
    }
  });

  test("settings that are not numbers are refused, naming where they came from", async () => {
    const url = "postgresql://app@127.0.0.1:1/app";
    for (const [env, re] of [
      [{ DB_MAX_RETRIES: "lots" }, /DB_MAX_RETRIES=lots/],
      [{ DB_MAX_RETRIES: "0" }, /DB_MAX_RETRIES=0/],
      [{ DB_RETRY_INTERVAL: "soon" }, /DB_RETRY_INTERVAL=soon/],
      [{ DB_RETRY_INTERVAL: "-1" }, /DB_RETRY_INTERVAL=-1/],
    ] as const) {
      await assert.rejects(waitForDatabase(url, { env }), (e: unknown) => e instanceof AthanorError && e.code === "CONFIG.INVALID" && re.test(e.message));
    }
    await assert.rejects(waitForDatabase(url, { attempts: Number.NaN, env: {} }), /invalid attempts: NaN/);
    // Empty variables count as unset (compose files often pass VAR= through).
    await assert.rejects(
      waitForDatabase(url, { env: { DB_MAX_RETRIES: "1", DB_RETRY_INTERVAL: "" } }),
      (e: unknown) => e instanceof AthanorError && e.code === "CONNECT.GAVE_UP",
    );
  });
});
