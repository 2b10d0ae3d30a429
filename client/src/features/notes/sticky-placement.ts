import type { Note, NoteKind, NoteTarget, Point, Rect } from "@brownpaper/shared";

/** Every sticky is drawn at this size, in canvas pixels. */
export const STICKY_SIZE = { width: 128, height: 46 } as const;

/** Where the notes of one target sit: a small pile whose first note lies on top. */
export interface StickyPile {
  key: string;
  target: NoteTarget;
  x: number;
  y: number;
  /** Top of the pile first. */
  noteIds: string[];
}

/** Where the targets are drawn right now (steps and flows follow drags). */
export interface TargetGeometry {
  steps: ReadonlyMap<string, Rect>;
  /** The middle of each flow's route. */
  flows: ReadonlyMap<string, Point>;
  lanes: ReadonlyMap<string, { top: number; height: number }>;
}

const KIND_RANK: Readonly<Record<NoteKind, number>> = {
  pain: 0,
  action: 1,
  question: 2,
  idea: 3,
  responsibility: 4,
  comment: 5,
};

export const targetKey = (target: NoteTarget) => `${target.type}:${target.id}`;

/**
 * The pile's order: pain first (most votes on top), then questions, ideas, responsibilities
 * and comments, each by id so every client stacks the same way.
 */
function comparePileOrder(votes: ReadonlyMap<string, number>) {
  return (a: Note, b: Note) =>
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Where a target's pile goes, beside the target and clear of its label:
 * - a step: on its top-right corner, like a sticky slapped on the card;
 * - a flow: just right of and above the middle of its route;
 * - a lane: in the header column at the lane's bottom-left, under the name;
 * - the board: above the first lane, at the left.
 * Returns null when the target is not drawn (a step filtered out, say), and for actions raised
 * from a pain point or an agreement, which are listed, not stuck on the map.
 */
export function pileAnchor(target: NoteTarget, geometry: TargetGeometry): Point | null {
  switch (target.type) {
    case "step": {
      const box = geometry.steps.get(target.id);
      return box ? { x: box.x + box.width - 30, y: box.y - STICKY_SIZE.height + 14 } : null;
    }
    case "flow": {
      const middle = geometry.flows.get(target.id);
      return middle ? { x: middle.x + 16, y: middle.y - STICKY_SIZE.height - 6 } : null;
    }
    case "lane": {
      const band = geometry.lanes.get(target.id);
      return band ? { x: 12, y: band.top + band.height - STICKY_SIZE.height - 10 } : null;
    }
    case "note":
    case "agreement":
      return null;
    case "board":
      return { x: 12, y: -STICKY_SIZE.height - 14 };
  }
}

/** Groups notes by target and places one pile per target that is on the canvas. */
export function placeStickies(
  notes: readonly Note[],
  geometry: TargetGeometry,
  votes: ReadonlyMap<string, number> = new Map(),
): StickyPile[] {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const key = targetKey(note.target);
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  const piles: StickyPile[] = [];
  for (const [key, group] of groups) {
    const target = group[0]!.target;
    const anchor = pileAnchor(target, geometry);
    if (!anchor) continue;
    const ordered = [...group].sort(comparePileOrder(votes));
    piles.push({ key, target, x: anchor.x, y: anchor.y, noteIds: ordered.map((note) => note.id) });
  }
  return piles;
}
