import { type LintItem, type LintSubject } from "./types.js";
export declare class NewObjects {
    tables: Set<string>;
    columns: Set<string>;
    types: Set<string>;
    indexes: Set<string>;
    clone(): NewObjects;
    /** Notes what `subject` creates; returns whether anything changed. */
    note(subject: LintSubject): boolean;
}
/** Items for recorded steps, each with what had been created before it. */
export declare function withNewObjects<S extends {
    readonly subject: LintSubject;
}>(steps: readonly S[], start: NewObjects, make: (step: S, seen: NewObjects) => LintItem): {
    items: LintItem[];
    end: NewObjects;
};
