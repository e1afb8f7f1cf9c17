import type { CanonItem, CanonResult } from "../canonical-items.js";
/** Unsure comparisons, collected in a first pass and settled on the server before the second. */
export declare class Resolver {
    readonly enabled: boolean;
    readonly items: CanonItem[];
    private readonly byKey;
    results: Map<CanonItem, CanonResult> | null;
    unavailable: string | null;
    /** Why the server could not build an item (with its error). */
    errors: Map<CanonItem, string>;
    /** Comparisons left unsettled: what, and why the server could not settle it (null: not asked). */
    readonly unverified: Map<string, string | null>;
    constructor(enabled: boolean);
    /** Records an unsettled comparison; `key` names the item the server was asked to build. */
    unverify(label: string, key?: string): void;
    /** Registers (first pass) or looks up (second pass) the server's text for an item. */
    lookup(key: string, make: () => CanonItem): CanonResult | undefined;
}
