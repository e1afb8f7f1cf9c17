/**
 * A TCP proxy in front of a database server that breaks the connection at a
 * chosen moment: the first time a client sends bytes containing `text`, the
 * proxy either never forwards them (`before`: the server never sees that
 * statement) or forwards them and then hangs up (`after`: the server runs the
 * statement, while its client sees the connection drop). The network failing
 * mid-revision, on demand.
 */
import { createServer, connect, type Socket } from "node:net";

export interface CuttingProxy {
  readonly port: number;
  /** Whether the cut has happened. */
  cut(): boolean;
  close(): Promise<void>;
}

export async function cuttingProxy(target: { host: string; port: number }, text: string, when: "before" | "after"): Promise<CuttingProxy> {
  const sockets = new Set<Socket>();
  const needle = Buffer.from(text);
  let done = false;
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => sockets.delete(s));
    }
    upstream.pipe(client);
    client.on("data", (chunk: Buffer) => {
      if (done || !chunk.includes(needle)) {
        upstream.write(chunk);
        return;
      }
      done = true;
      if (when === "after") upstream.end(chunk);
      else upstream.destroy();
      client.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    cut: () => done,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
