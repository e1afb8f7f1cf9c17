/**
 * Schema validation after migrating: the critical tables exist, or (with
 * "models") the database matches the models as `athanor check` would see it.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import type { Logger } from "./api-config.js";
export type ValidateOption = "models" | {
    tables?: readonly string[];
    models?: boolean;
    onFailure?: "error" | "warn";
};
export interface ValidationResult {
    readonly ok: boolean;
    readonly missingTables: readonly string[];
    /** Differences between models and database (readable lines). */
    readonly drift: readonly string[];
}
export declare function validateSchema(config: ResolvedConfig, option: ValidateOption, ctx: {
    connection?: unknown;
    log: Logger;
}): Promise<ValidationResult>;
