/**
 * An unpaired UTF-16 surrogate (`"\uD800"`): a JavaScript string may hold
 * one, UTF-8 can't encode it. Every driver and the offline script write it
 * as U+FFFD, so the database would hold another name or text than the one
 * written, and autogenerate would never find the model's again.
 */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE.test(text);
}

/** The end of a refusal: `<what> holds an unpaired …`. */
export const LONE_SURROGATE = "holds an unpaired UTF-16 surrogate, which UTF-8 can't encode (the database would store U+FFFD instead)";
