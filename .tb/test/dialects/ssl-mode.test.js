/**
 * sslmode's libpq meaning, seen from the server's side: a server that answers
 * SSLRequest with a self-signed certificate (made with openssl for the test),
 * completes the TLS handshake, and then rejects the login with its own
 * message. Reaching that message proves the certificate was accepted; a
 * certificate error proves it was checked.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TLSSocket } from "node:tls";
import { after, before, describe, test } from "node:test";
import { pgDriver } from "../../src/dialects/postgres/driver-pg.js";
import { sslAttempts } from "../../src/dialects/postgres/ssl-mode.js";
const LOGIN_REJECTED = "fake server: TLS handshake done";
/** A PostgreSQL ErrorResponse message. */
function errorResponse(code, message) {
    const body = Buffer.concat([Buffer.from(`SFATAL\0C${code}\0M${message}\0`), Buffer.from([0])]);
    const head = Buffer.alloc(5);
    head.write("E", 0);
    head.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([head, body]);
}
const openssl = spawnSync("openssl", ["version"]).status === 0;
describe("sslmode against a TLS server with a self-signed certificate", { skip: openssl ? false : "no openssl to make a certificate" }, () => {
    let dir = "";
    let server;
    let port = 0;
    const sockets = new Set();
    before(async () => {
        dir = mkdtempSync(join(tmpdir(), "athanor-ssl-"));
        const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=db.example", "-days", "1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { encoding: "utf8" });
        assert.equal(made.status, 0, made.stderr);
        const key = readFileSync(join(dir, "key.pem"));
        const cert = readFileSync(join(dir, "cert.pem"));
        server = createServer((socket) => {
            sockets.add(socket);
            socket.on("error", () => { });
            socket.once("data", (first) => {
                // SSLRequest: length 8, code 80877103
                if (first.length === 8 && first.readInt32BE(4) === 80877103) {
                    socket.write("S");
                    const tls = new TLSSocket(socket, { isServer: true, key, cert });
                    tls.on("error", () => { });
                    tls.once("data", () => tls.end(errorResponse("28000", LOGIN_REJECTED)));
                }
                else {
                    socket.end(errorResponse("28000", "fake server: plain connection refused, no encryption"));
                }
            });
        });
        await new Promise((r) => server.listen(0, "127.0.0.1", r));
        const addr = server.address();
        port = typeof addr === "object" && addr ? addr.port : 0;
    });
    after(() => {
        for (const s of sockets)
            s.destroy();
        server?.close();
        if (dir)
            rmSync(dir, { recursive: true, force: true });
    });
    const url = (query) => `postgresql://app:pw@127.0.0.1:${port}/app?${query}`;
    const outcome = async (query) => {
        try {
            const c = await pgDriver.connect({ url: url(query) });
            await c.close();
            return "connected";
        }
        catch (e) {
            return e.message;
        }
    };
    test("require: encrypted, the certificate is not checked (libpq), no warning", async () => {
        const warnings = [];
        const onWarning = (w) => warnings.push(w.message);
        process.on("warning", onWarning);
        try {
            assert.match(await outcome("sslmode=require"), new RegExp(LOGIN_REJECTED));
            assert.match(await outcome("sslmode=prefer"), new RegExp(LOGIN_REJECTED));
        }
        finally {
            process.off("warning", onWarning);
        }
        assert.deepEqual(warnings, []);
    });
    test("allow: plain first; refused, then encrypted", async () => {
        assert.match(await outcome("sslmode=allow"), new RegExp(LOGIN_REJECTED));
    });
    test("verify-full: the self-signed certificate is refused", async () => {
        assert.match(await outcome("sslmode=verify-full"), /self[- ]signed certificate/);
    });
    test("verify-ca with the certificate as root: accepted although the host name differs; verify-full is not", async () => {
        const root = `sslrootcert=${encodeURIComponent(join(dir, "cert.pem"))}`;
        assert.match(await outcome(`sslmode=verify-ca&${root}`), new RegExp(LOGIN_REJECTED));
        assert.match(await outcome(`sslmode=verify-full&${root}`), /Hostname\/IP does not match|altnames/i);
    });
    test("disable: plain only", async () => {
        assert.match(await outcome("sslmode=disable"), /plain connection refused/);
    });
    test("PGSSLMODE counts when the URL says nothing; the URL's sslmode wins", () => {
        assert.match(sslAttempts("postgresql://h/d", { PGSSLMODE: "require" })[0]?.connectionString ?? "", /sslmode=require&uselibpqcompat=true/);
        assert.match(sslAttempts("postgresql://h/d?sslmode=disable", { PGSSLMODE: "require" })[0]?.connectionString ?? "", /sslmode=disable/);
        assert.deepEqual(sslAttempts("postgresql://h/d?sslmode=no-verify", {}).map((a) => a.connectionString), ["postgresql://h/d?sslmode=no-verify"]);
        assert.deepEqual(sslAttempts("postgresql://h/d", {}).map((a) => a.connectionString), ["postgresql://h/d"]);
    });
});
