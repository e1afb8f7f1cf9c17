export type UrlSource = {
    kind: "flag";
} | {
    kind: "env";
    variable: string;
} | {
    kind: "file";
    file: string;
    key: string;
} | {
    kind: "components";
    variables: string[];
};
export interface ResolvedUrl {
    readonly url: string;
    readonly source: UrlSource;
    /** Why this URL can't be used, naming its source (password masked); connecting refuses it. */
    readonly invalid?: string;
}
export interface UrlInputs {
    flag?: string | undefined;
    env: NodeJS.ProcessEnv;
    configUrl?: string | undefined;
    configDefaultUrl?: string | undefined;
    configFile?: string | null | undefined;
}
export declare function resolveUrl(inputs: UrlInputs): ResolvedUrl | null;
/** The URL trimmed, in its dialect's canonical form: `postgresql+asyncpg://` and friends become `postgresql://`. */
export declare function normalizeUrl(url: string): string;
/** A URL from DB_HOST, DB_PORT, ... and the dialect's own variables (registry.ts), checked: a port that is a number, a host that parses. */
export declare function urlFromComponents(env: NodeJS.ProcessEnv): ResolvedUrl | null;
export declare function describeUrlSource(source: UrlSource): string;
