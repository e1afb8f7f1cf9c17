export declare const SSL_MODES: readonly ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];
export type SslMode = (typeof SSL_MODES)[number];
/** One way to connect: the connection string for pg, and when a failure means "try the next one". */
export interface SslAttempt {
    readonly connectionString: string;
    /** True when this attempt's failure should move on to the next attempt. */
    readonly fallBackOn: (error: unknown) => boolean;
}
/** The attempts to make, in order, for a (scheme-normalized) PostgreSQL URL. */
export declare function sslAttempts(url: string, env?: NodeJS.ProcessEnv): SslAttempt[];
