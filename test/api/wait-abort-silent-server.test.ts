/**
 * migrate({ wait }) / waitForDatabase() against a server that takes the TCP
 * connection and never answers (a host behind a firewall that drops packets,
 * a proxy whose backend is gone), and the caller aborts. Before, on MySQL
 * the abort was only seen after the attempt's connectTimeoutSeconds ran out,
 * and the abandoned attempt's socket stayed open (keeping the process alive)
 * until mysql2's own 10 s timeout; a timed-out attempt leaked its socket the
 * same way on both servers. Now the abort ends the wait at once and every
 * attempt given up drops its socket.
 */
import assert from "node:assert/strict";
import { createServer, type Server, type Socket } from "node:net";
import { after, describe, test } from "node:test";
import { waitForDatabase } from "../../src/index.js";

const servers: Server[] = [];
after(() => {
  for (const s of servers) s.close();
});

/** A TCP server that accepts and says nothing; `open` counts sockets the client has not closed yet. */
async function silentServer(): Promise<{ port: number; open: () => number }> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => {});
    s.resume(); // read, so that the client closing it is seen
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { port: address.port, open: () => sockets.size };
}

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return cond();
}

for (const scheme of ["mysql", "postgresql"]) {
  describe(`waitForDatabase on a ${scheme} server that never answers`, () => {
    test("an abort during an attempt ends the wait at once and closes the attempt's socket", async () => {
      const server = await silentServer();
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 300);
      const started = Date.now();
      await assert.rejects(
        waitForDatabase(`${scheme}://root@127.0.0.1:${server.port}/x`, { attempts: 5, intervalSeconds: 0, connectTimeoutSeconds: 8, signal: ac.signal }),
        (e: { code?: string }) => e.code === "ABORTED",
      );
      assert.ok(Date.now() - started < 2000, `rejected ${Date.now() - started} ms after the start (abort at 300 ms)`);
      assert.ok(await until(() => server.open() === 0, 1000), "the abandoned attempt's socket is still open");
    });

    test("an attempt that timed out closes its socket", async () => {
      const server = await silentServer();
      await assert.rejects(
        waitForDatabase(`${scheme}://root@127.0.0.1:${server.port}/x`, { attempts: 1, connectTimeoutSeconds: 0.3 }),
        (e: { code?: string }) => e.code === "CONNECT.GAVE_UP",
      );
      assert.ok(await until(() => server.open() === 0, 1000), "the timed-out attempt's socket is still open");
    });
  });
}
