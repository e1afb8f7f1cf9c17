import { singleLine } from "../util/single-line.js";
export function stepLabel(step) {
    const verb = step.stamp ? "stamp" : step.direction === "up" ? "upgrade" : "downgrade";
    return `Running ${verb} ${step.from.join(", ")} -> ${step.to.join(", ")}${step.message ? `, ${singleLine(step.message)}` : ""}`;
}
