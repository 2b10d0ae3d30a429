import type { Step } from "@brownpaper/shared";

/**
 * Where a walk begins: the step picked on the canvas if there is one, otherwise the first
 * start step in flow order, otherwise the first step of the order.
 */
export function walkStart(
  order: readonly string[],
  steps: readonly Pick<Step, "id" | "kind">[],
  picked?: string,
): string | null {
  if (picked !== undefined && order.includes(picked)) return picked;
  const kindOf = new Map(steps.map((step) => [step.id, step.kind]));
  return order.find((id) => kindOf.get(id) === "start") ?? order[0] ?? null;
}

/**
 * The step before or after `current` in flow order, or null at either end. A current step
 * that has since been deleted restarts the walk at the first step going forward.
 */
export function walkNeighbour(
  order: readonly string[],
  current: string | null,
  direction: "next" | "previous",
): string | null {
  const index = current === null ? -1 : order.indexOf(current);
  if (index === -1) return direction === "next" ? (order[0] ?? null) : null;
  return order[index + (direction === "next" ? 1 : -1)] ?? null;
}

/** "3 of 9" for the walk card; 0 when the step is no longer on the board. */
export function walkPosition(order: readonly string[], current: string | null): { index: number; total: number } {
  return { index: current === null ? 0 : order.indexOf(current) + 1, total: order.length };
}
