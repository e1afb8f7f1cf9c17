/**
 * node:crypto, loaded on first use. Loading it costs a quick command 10–20 ms
 * of start-up (it is not in Node's start-up snapshot), so code on every
 * command's path (reading the revision graph, a no-op `upgrade`) must not
 * import it at the top; what needs a digest asks here when it needs one.
 */
import { createRequire } from "node:module";

type NodeCrypto = typeof import("node:crypto");

let loaded: NodeCrypto | undefined;

export function nodeCrypto(): NodeCrypto {
  loaded ??= createRequire(import.meta.url)("node:crypto") as NodeCrypto;
  return loaded;
}

/** The SHA-256 of `data` in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}
