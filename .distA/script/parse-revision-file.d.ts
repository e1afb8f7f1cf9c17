export interface ParsedRevisionFile {
    readonly revision: string;
    readonly downRevision: string | string[] | null;
    readonly branchLabels: string[];
    readonly dependsOn: string[];
    /** `export const transactional = false` marks a revision that runs outside a transaction. */
    readonly transactional: boolean;
    /** First paragraph of the doc comment. */
    readonly message: string;
    /** The whole doc comment, trimmed. */
    readonly doc: string;
    readonly path: string;
}
export declare function parseRevisionSource(source: string, path: string): ParsedRevisionFile;
/** Whether the version table can hold `id` (its version_num column is VARCHAR(VERSION_NUM_LENGTH)). */
export declare function revisionIdFits(id: string): boolean;
/** `doc.split(/\n[ \t]*\n/)[0].trim()` */
export declare function firstParagraph(doc: string): string;
/**
 * The doc comment before any code, with ` * ` gutters removed: the first
 * `/** ... *\/` comment, else the first plain block comment. So a licence
 * header in `/* ... *\/` above the doc comment is not taken for the message.
 */
export declare function leadingDocComment(source: string): string;
