/** A parsed TypeName (`{ names, typmods, arrayBounds }`) as Athanor's ColumnType. */
import type { ColumnType } from "../../../schema/column-type.js";
export declare function columnTypeOf(typeName: Record<string, unknown> | undefined): ColumnType;
