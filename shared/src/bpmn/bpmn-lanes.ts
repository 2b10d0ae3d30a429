import { elements, isElement, type Box, type ModdleElement } from "./bpmn-model";

/** The lanes that hold nodes: nested lane sets are walked down to their innermost lanes. */
export function leafLanes(laneSets: unknown): ModdleElement[] {
  return elements(laneSets).flatMap((set) =>
    elements(set.lanes).flatMap((lane) => (isElement(lane.childLaneSet) ? leafLanes([lane.childLaneSet]) : [lane])),
  );
}

/**
 * Lane names made unique as the map wants them ("Sales", "Sales 2", "Sales 3"), remembering the
 * next number per name so that thousands of lanes of one name cost one lookup each.
 */
export function uniqueLaneNames(): (name: string) => string {
  const used = new Set<string>();
  const nextNumber = new Map<string, number>();
  return (wanted) => {
    let name = wanted;
    if (used.has(name.toLowerCase())) {
      const base = name.replace(/ \d+$/, "");
      let n = nextNumber.get(base.toLowerCase()) ?? 2;
      while (used.has(`${base} ${n}`.toLowerCase())) n++;
      name = `${base} ${n}`;
      nextNumber.set(base.toLowerCase(), n + 1);
    }
    used.add(name.toLowerCase());
    return name;
  };
}

/** The lane whose band holds `y`: bands sorted by top, found by halving (an overlap goes to the lower band). */
export function laneAtHeight(laneBox: Map<string, Box>): (y: number) => string | undefined {
  const bands = [...laneBox].sort(([, a], [, b]) => a.y - b.y);
  return (y) => {
    let low = 0;
    let high = bands.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (bands[middle]![1].y <= y) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    const band = bands[found];
    return band && y < band[1].y + band[1].height ? band[0] : undefined;
  };
}
