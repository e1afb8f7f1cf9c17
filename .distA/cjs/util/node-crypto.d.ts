type NodeCrypto = typeof import("node:crypto");
export declare function nodeCrypto(): NodeCrypto;
/** The SHA-256 of `data` in hex. */
export declare function sha256Hex(data: string | Uint8Array): string;
export {};
