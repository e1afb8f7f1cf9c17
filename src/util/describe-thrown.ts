/**
 * Any thrown value as one line of text. JavaScript can throw anything: a
 * string, undefined, an object without a prototype (`String()` of which
 * itself throws "Cannot convert object to primitive value"). Never throws.
 */
import { inspect } from "node:util";

const MAX = 300;

/** An Error's first message line; anything else shown as a value (`'text'`, `undefined`, `{ message: 'boom' }`). */
export function describeThrown(value: unknown): string {
  if (value instanceof Error) return firstLine(value.message) || value.name || "Error";
  return showValue(value);
}

/** A thrown value that is not an Error, as it would be written in code. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = inspect(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 10, maxStringLength: MAX });
  } catch {
    text = Object.prototype.toString.call(value);
  }
  const line = text.replace(/\s*\n\s*/g, " ");
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line;
}

function firstLine(text: string): string {
  return String(text ?? "").split("\n")[0] ?? "";
}

/**
 * A message as a clause that others follow after `; ` (a failed revision's
 * "failed: <reason>; statement …; none of its statements had committed"):
 * without its closing period, which would read `.;`. An ellipsis stays.
 */
export function asClause(text: string): string {
  return text.replace(/(?<!\.)\.$/, "");
}
