export function isIndexExpression(element) {
    return typeof element === "object" && element !== null && "expression" in element;
}
