/** Unsure comparisons, collected in a first pass and settled on the server before the second. */
export class Resolver {
    enabled;
    items = [];
    byKey = new Map();
    results = null;
    unavailable = null;
    /** Why the server could not build an item (with its error). */
    errors = new Map();
    /** Comparisons left unsettled: what, and why the server could not settle it (null: not asked). */
    unverified = new Map();
    constructor(enabled) {
        this.enabled = enabled;
    }
    /** Records an unsettled comparison; `key` names the item the server was asked to build. */
    unverify(label, key) {
        const item = key === undefined ? undefined : this.byKey.get(key);
        this.unverified.set(label, (item && this.errors.get(item)) ?? null);
    }
    /** Registers (first pass) or looks up (second pass) the server's text for an item. */
    lookup(key, make) {
        let item = this.byKey.get(key);
        if (!item) {
            item = make();
            this.byKey.set(key, item);
            this.items.push(item);
        }
        if (this.results === null)
            return undefined;
        return this.results.get(item) ?? null;
    }
}
