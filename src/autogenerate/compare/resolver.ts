import type { CanonItem, CanonResult } from "../canonical-items.js";

/** Unsure comparisons, collected in a first pass and settled on the server before the second. */
export class Resolver {
  readonly items: CanonItem[] = [];
  private readonly byKey = new Map<string, CanonItem>();
  results: Map<CanonItem, CanonResult> | null = null;
  unavailable: string | null = null;
  /** Why the server could not build an item (with its error). */
  errors = new Map<CanonItem, string>();
  /** Comparisons left unsettled: what, and why the server could not settle it (null: not asked). */
  readonly unverified = new Map<string, string | null>();

  constructor(readonly enabled: boolean) {}

  /** Records an unsettled comparison; `key` names the item the server was asked to build. */
  unverify(label: string, key?: string): void {
    const item = key === undefined ? undefined : this.byKey.get(key);
    this.unverified.set(label, (item && this.errors.get(item)) ?? null);
  }

  /** Registers (first pass) or looks up (second pass) the server's text for an item. */
  lookup(key: string, make: () => CanonItem): CanonResult | undefined {
    let item = this.byKey.get(key);
    if (!item) {
      item = make();
      this.byKey.set(key, item);
      this.items.push(item);
    }
    if (this.results === null) return undefined;
    return this.results.get(item) ?? null;
  }
}
