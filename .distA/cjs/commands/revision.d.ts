import type { CommandContext } from "./context.js";
export interface RevisionOptions {
    message?: string;
    autogenerate?: boolean;
    sql?: boolean;
    head?: string;
    splice?: boolean;
    branchLabel?: string[];
    versionPath?: string;
    revId?: string;
    dependsOn?: string[];
    rename?: string[];
}
export interface GenerateSpec {
    message: string;
    /** Parent symbols: `head`, `base`, ids, or several for a merge. */
    heads: readonly string[];
    splice: boolean;
    branchLabels: readonly string[];
    dependsOn: readonly string[];
    versionPath?: string | undefined;
    revId?: string | undefined;
    body?: {
        imports?: string;
        upgrades?: string;
        downgrades?: string;
        extraExports?: string;
    };
}
export declare function revision(ctx: CommandContext, opts: RevisionOptions): Promise<number>;
export declare function generateRevision(ctx: CommandContext, spec: GenerateSpec): Promise<{
    revision: string;
    path: string;
}>;
