/**
 * Gathers the models a set of modules exports: tables from `table()` or
 * `defineTable()` (directly, or inside arrays and plain objects), drizzle
 * `pgTable`s and `pgEnum`s, `enumType()`s, and a `namingConvention()`.
 */
import { AthanorError } from "../../errors.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { TableDefinition } from "../../schema/table.js";
import { validateTable } from "../../schema/validate.js";
import { drizzleEnumReader, fromDrizzleTable, isDrizzleTable } from "./drizzle-readers.js";
import { DrizzleNotes, drizzleEntityNote } from "./drizzle-audit.js";
import type { DrizzleCasing } from "./drizzle-casing.js";
import { applyNamingConvention, isNamingConvention, type NamingConvention } from "./naming.js";
import { isBrandedModel, looksLikeEnum, looksLikeTable, type ModelEnum } from "./table.js";

export interface ModelSet {
  readonly tables: readonly TableDefinition[];
  /** Enum types the models declare (with their labels, in order). */
  readonly enums: readonly ModelEnum[];
  readonly namingConvention?: NamingConvention;
  /** Things found but not usable as they are (e.g. drizzle generated columns). */
  readonly warnings: readonly string[];
}

export interface CollectOptions {
  /** Overrides a convention exported by the modules. */
  readonly namingConvention?: NamingConvention;
  /** For messages and for loading drizzle next to the models: the file each export object came from. */
  readonly sources?: readonly string[];
  /** Drizzle's `casing` (the `casing` setting): applied to drizzle columns declared without a name. */
  readonly drizzleCasing?: DrizzleCasing;
}

const MAX_DEPTH = 6;

export function isModelSet(value: unknown): value is ModelSet {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as ModelSet).tables) &&
    Array.isArray((value as ModelSet).enums) &&
    Array.isArray((value as ModelSet).warnings)
  );
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  // Module namespace objects have a null prototype; plain objects Object.prototype.
  return proto === Object.prototype || proto === null;
}

function key(name: string, schema: string | undefined): string {
  return `${schema ?? ""}\u0000${name}`;
}

function enumsOfType(type: ColumnType, out: ModelEnum[]): void {
  if (type.kind === "array") enumsOfType(type.of, out);
  else if (type.kind === "enum" && type.values !== undefined)
    out.push({ kind: "enum", name: type.name, values: type.values, ...(type.schema === undefined ? {} : { schema: type.schema }) });
}

/**
 * Collects models from module namespaces (or any values). Throws on two
 * different tables with one name, or an enum declared with two label lists.
 */
export function collectModels(exportsOfModules: unknown, options: CollectOptions = {}): ModelSet {
  const tables = new Map<string, TableDefinition>();
  const tableOrigins = new Map<string, string>();
  const enums = new Map<string, ModelEnum>();
  const warnings: string[] = [];
  const drizzleNotes = new DrizzleNotes();
  let convention = options.namingConvention;
  const seen = new Set<unknown>();
  const roots = Array.isArray(exportsOfModules) && options.sources ? exportsOfModules : [exportsOfModules];

  const addEnum = (e: ModelEnum, where: string) => {
    const k = key(e.name, e.schema);
    const prev = enums.get(k);
    if (prev && prev.values.join("\u0000") !== e.values.join("\u0000")) {
      throw new AthanorError(
        "MODELS.CONFLICT",
        `enum "${e.name}" is declared twice with different labels (${prev.values.join(", ")} / ${e.values.join(", ")}) (${where})`,
      );
    }
    if (!prev) enums.set(k, { kind: "enum", name: e.name, values: [...e.values], ...(e.schema === undefined ? {} : { schema: e.schema }) });
  };

  const addTable = (def: TableDefinition, where: string) => {
    const k = key(def.name, def.schema);
    const prev = tables.get(k);
    if (prev && prev !== def && JSON.stringify(prev) !== JSON.stringify(def)) {
      throw new AthanorError(
        "MODELS.CONFLICT",
        `two different models define table "${def.schema ? `${def.schema}.` : ""}${def.name}" (${tableOrigins.get(k)} and ${where})`,
      );
    }
    if (!prev) {
      tables.set(k, def);
      tableOrigins.set(k, where);
    }
  };

  const visit = (value: unknown, where: string, depth: number, source: string | undefined) => {
    if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value)) return;
    seen.add(value);
    const enumReader = typeof value === "function" ? drizzleEnumReader(value) : undefined;
    if (enumReader?.fromEnum) {
      addEnum(enumReader.fromEnum(value), where);
      return;
    }
    if (typeof value === "function") return;
    if (isDrizzleTable(value)) {
      addTable(
        fromDrizzleTable(value, (w) => warnings.push(w), source, {
          notes: drizzleNotes,
          ...(options.drizzleCasing === undefined ? {} : { casing: options.drizzleCasing }),
        }),
        where,
      );
      return;
    }
    if (isNamingConvention(value)) {
      convention ??= value;
      return;
    }
    if (isBrandedModel(value) || looksLikeTable(value)) {
      const def = value as TableDefinition;
      if (!isBrandedModel(value)) validateTable(def);
      addTable(def, where);
      return;
    }
    if (looksLikeEnum(value)) {
      addEnum(value, where);
      return;
    }
    const unmanaged = drizzleEntityNote(value);
    if (unmanaged !== null) {
      drizzleNotes.add(unmanaged);
      return;
    }
    if (depth >= MAX_DEPTH || !isPlainContainer(value)) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, `${where}[${i}]`, depth + 1, source);
      });
    } else for (const [k, v] of Object.entries(value)) visit(v, where ? `${where}.${k}` : k, depth + 1, source);
  };

  roots.forEach((root, i) => {
    const source = options.sources?.[i];
    visit(root, source ?? "", 0, source);
  });

  const finalTables = [...tables.values()].map((t) => (convention ? applyNamingConvention(t, convention) : t));
  for (const t of finalTables) for (const c of t.columns) {
    const found: ModelEnum[] = [];
    enumsOfType(c.type, found);
    for (const e of found) addEnum(e, `table "${t.name}", column "${c.name}"`);
  }
  warnings.push(...drizzleNotes.messages());
  return {
    tables: finalTables,
    enums: [...enums.values()],
    ...(convention === undefined ? {} : { namingConvention: convention }),
    warnings,
  };
}
