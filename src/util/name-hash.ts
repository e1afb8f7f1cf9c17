/**
 * A short, stable hash of a text for naming a file (FNV-1a, 64 bits, in hex):
 * not a digest of anything that must resist tampering, and cheap enough for
 * every command's start-up (no node:crypto; see node-crypto.ts).
 */
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function nameHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, "utf8")) {
    h ^= BigInt(byte);
    h = (h * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, "0");
}
