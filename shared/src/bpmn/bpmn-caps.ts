/**
 * The most of each element a BPMN file may hold to be imported, counted in the text before it
 * is parsed. A board holds at most 1,000 lanes and 50,000 steps, and Brownpaper writes a step as
 * about 16 elements (task, shape, bounds, edge, waypoints, extensions); a workshop board has a
 * few hundred steps. Past a cap the file is refused with a message naming it, instead of parsing
 * for minutes or running out of stack.
 */
export const BPMN_CAPS = {
  /** Every element of the file, of any namespace. */
  elements: 1_000_000,
  /** Diagram shapes (`BPMNShape`): steps, lanes, pools and annotations. */
  shapes: 100_000,
  /** Diagram edges (`BPMNEdge`): sequence flows and associations. */
  edges: 100_000,
  /** Lanes: as many as a board may hold. */
  lanes: 1_000,
} as const;

/** A start tag of any element; and of these, whatever their namespace prefix. */
const START_TAG = /<[A-Za-z_]/g;
const SHAPE_TAG = /<(?:[\w.-]+:)?BPMNShape[\s/>]/g;
const EDGE_TAG = /<(?:[\w.-]+:)?BPMNEdge[\s/>]/g;
const LANE_TAG = /<(?:[\w.-]+:)?lane[\s/>]/g;

function countOf(xml: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(xml) !== null) n++;
  return n;
}

const WHAT: Record<keyof typeof BPMN_CAPS, string> = {
  elements: "elements",
  shapes: "diagram shapes",
  edges: "diagram edges",
  lanes: "lanes",
};

/** The message for a file past a cap, else null. One pass over the text per count, nothing parsed. */
export function bpmnOverCaps(xml: string): string | null {
  const counts: Record<keyof typeof BPMN_CAPS, number> = {
    lanes: countOf(xml, LANE_TAG),
    shapes: countOf(xml, SHAPE_TAG),
    edges: countOf(xml, EDGE_TAG),
    elements: countOf(xml, START_TAG),
  };
  for (const [kind, n] of Object.entries(counts) as [keyof typeof BPMN_CAPS, number][]) {
    if (n > BPMN_CAPS[kind]) {
      return `This BPMN file has ${n.toLocaleString("en")} ${WHAT[kind]}; a board imports at most ${BPMN_CAPS[kind].toLocaleString("en")}, so it was not imported.`;
    }
  }
  return null;
}
