/**
 * A value added to an enum before an existing one. (`after: x` is the end of
 * the list when x is the last value, which the revision alone can't tell:
 * autogenerate writes every new value as `after` its predecessor. So only
 * `before` is reported.)
 */
export declare const enumValueOrder: import("../../../../lint/types.js").LintRule;
