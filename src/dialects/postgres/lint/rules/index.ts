/** PostgreSQL's own lint rules (see docs/lint.md). */
import type { LintRule } from "../../../../lint/types.js";
import { enumValueOrder } from "./enum-value-order.js";
import { preferBigintPrimaryKey } from "./prefer-bigint-primary-key.js";
import { preferIdentity } from "./prefer-identity.js";
import { preferJsonb } from "./prefer-jsonb.js";
import { preferTimestamptz } from "./prefer-timestamptz.js";
import { requireLockTimeout } from "./require-lock-timeout.js";
import { requireNotValid } from "./require-not-valid.js";
import { setNotNull } from "./set-not-null.js";
import { typeChangeRewrite } from "./type-change-rewrite.js";
import { uniqueFromIndex } from "./unique-from-index.js";
import { volatileDefault } from "./volatile-default.js";

export const POSTGRES_RULES: readonly LintRule[] = [
  requireNotValid,
  setNotNull,
  volatileDefault,
  typeChangeRewrite,
  uniqueFromIndex,
  requireLockTimeout,
  enumValueOrder,
  preferJsonb,
  preferTimestamptz,
  preferIdentity,
  preferBigintPrimaryKey,
];
