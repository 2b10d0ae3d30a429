import type * as Y from "yjs";
import { ROOT } from "@brownpaper/shared";

/**
 * The most of each kind a board may hold for the server to import or export it. A workshop board
 * holds tens to a few hundred of each; these are a hundred times that and more, so only a file or
 * an edit made to cost the server meets them. They are checked by counting, before any parsing of
 * entities, rendering or laying out starts; past one the answer is 413 with the cap in its message.
 */
export const BOARD_CAPS = {
  lanes: 1_000,
  steps: 50_000,
  flows: 50_000,
  roles: 50_000,
  raci: 50_000,
  notes: 50_000,
  agreements: 50_000,
} as const;

/** All kinds added up. */
export const MAX_BOARD_ENTITIES = 200_000;

type CappedKind = keyof typeof BOARD_CAPS;
const CAPPED_KINDS = Object.keys(BOARD_CAPS) as CappedKind[];

function overCaps(count: (kind: CappedKind) => number): string | null {
  let total = 0;
  for (const kind of CAPPED_KINDS) {
    const n = count(kind);
    if (n > BOARD_CAPS[kind]) {
      return `A board may hold at most ${BOARD_CAPS[kind].toLocaleString("en")} ${kind}; this one has ${n.toLocaleString("en")}.`;
    }
    total += n;
  }
  if (total > MAX_BOARD_ENTITIES) {
    return `A board may hold at most ${MAX_BOARD_ENTITIES.toLocaleString("en")} lanes, steps, flows, roles, RACI entries, notes and agreements together; this one has ${total.toLocaleString("en")}.`;
  }
  return null;
}

/** A parsed board file (not yet validated) past a cap: the message; else null. */
export function fileOverCaps(input: unknown): string | null {
  if (typeof input !== "object" || input === null) return null;
  const file = input as Record<string, unknown>;
  return overCaps((kind) => {
    const list = file[kind];
    return Array.isArray(list) ? list.length : 0;
  });
}

/** A board doc past a cap: the message; else null. Counts root map entries, reads none. */
export function docOverCaps(doc: Y.Doc): string | null {
  return overCaps((kind) => doc.getMap(ROOT[kind]).size);
}
