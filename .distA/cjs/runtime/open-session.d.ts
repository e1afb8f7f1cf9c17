import type { DatabaseConnection, Dialect, SessionSettings } from "../dialects/dialect.js";
import type { RuntimeInput } from "./runtime-input.js";
export interface Session {
    readonly dialect: Dialect;
    readonly conn: DatabaseConnection;
    readonly url: string;
    /** The URL as it may be shown. */
    readonly displayUrl: string;
    close(): Promise<void>;
}
export declare function requireUrl(config: Pick<RuntimeInput, "url">): string;
/**
 * The settings of a migration session. The idle-in-transaction limit has a
 * default, but only on sessions Athanor opens: on a connection the
 * application passes in, a SET would outlive the run (a pooled client keeps
 * it), so there only a configured value is applied. Never on an embedded
 * database (PGlite): when its timer fires the engine stalls; Athanor's own
 * check of the revision (see revision-call.ts) is what applies there.
 */
export declare function sessionSettingsOf(input: RuntimeInput, opts?: {
    adopted?: boolean;
    embedded?: boolean;
}): SessionSettings;
/**
 * Starts opening the session and resolves once the connection attempt is
 * under way (the driver is imported and the first packet is sent), with the
 * session still to come: the caller can do CPU work, such as reading the
 * revision files, while the server sets up the connection.
 */
export declare function startSession(config: RuntimeInput, opts?: {
    connection?: unknown;
}): Promise<{
    session: Promise<Session>;
}>;
export declare function openSession(config: RuntimeInput, opts?: {
    connection?: unknown;
}): Promise<Session>;
