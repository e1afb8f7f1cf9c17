import type { AddEnumValueOp } from "../../operations/add-enum-value.js";
import type { CreateEnumOp } from "../../operations/create-enum.js";
import type { DropEnumOp } from "../../operations/drop-enum.js";
import type { RenameEnumValueOp } from "../../operations/rename-enum-value.js";
import type { SqlStatement } from "../dialect.js";
export declare function renderCreateEnum(op: CreateEnumOp): SqlStatement[];
export declare function renderDropEnum(op: DropEnumOp): SqlStatement[];
export declare function renderAddEnumValue(op: AddEnumValueOp): SqlStatement[];
export declare function renderRenameEnumValue(op: RenameEnumValueOp): SqlStatement[];
