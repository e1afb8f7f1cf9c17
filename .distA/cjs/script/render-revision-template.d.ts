export interface RevisionTemplateValues {
    message: string;
    revision: string;
    downRevision: string | string[] | null;
    branchLabels: readonly string[];
    dependsOn: readonly string[];
    createDate: string;
    /** Extra import lines. */
    imports?: string;
    /** Bodies, already indented by two spaces. */
    upgrades?: string;
    downgrades?: string;
    /** Extra lines (e.g. `export const transactional = false;`). */
    extraExports?: string;
}
export declare function templatePath(scriptLocation: string, extension: string): {
    path: string;
    builtin: boolean;
};
export declare function builtinTemplate(flavour: "ts" | "js"): string;
export declare function renderRevisionTemplate(template: string, v: RevisionTemplateValues, templateFile: string): string;
