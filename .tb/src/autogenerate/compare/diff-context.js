export function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
export function withSchemaOf(schema) {
    return schema === undefined ? {} : { schema };
}
