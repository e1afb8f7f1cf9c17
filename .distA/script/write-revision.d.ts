import type { ResolvedConfig } from "../config/load-config.js";
export interface NewRevision {
    revision?: string | undefined;
    message: string;
    downRevision: string | string[] | null;
    branchLabels: readonly string[];
    dependsOn: readonly string[];
    /** Folder to write into. */
    directory: string;
    imports?: string;
    upgrades?: string;
    downgrades?: string;
    extraExports?: string;
    now?: Date;
}
export declare function newRevisionId(): string;
export declare function checkRevisionId(id: string): void;
export declare function writeRevisionFile(config: ResolvedConfig, spec: NewRevision): {
    path: string;
    revision: string;
    hooks: string[];
};
