import * as Y from "yjs";

/**
 * The Y.Doc layout of a board. Every entity is a Y.Map keyed by id inside a root map, so
 * concurrent edits to different fields of one entity merge. All of it is `document` scope:
 * saved and synced. Presence lives in awareness; UI state in the client's zustand store.
 */
export const ROOT = {
  meta: "meta",
  lanes: "lanes",
  steps: "steps",
  flows: "flows",
  roles: "roles",
  /** `raciKey(stepId, roleId)` → code string: one code per role per step by construction. */
  raci: "raci",
  notes: "notes",
  agreements: "agreements",
} as const;

/** The name of one of the board doc's root maps. */
export type RootName = (typeof ROOT)[keyof typeof ROOT];

/** Keys of the `meta` map. */
export const META = {
  schemaVersion: "schemaVersion",
  title: "title",
  trigger: "trigger",
  outcome: "outcome",
  state: "state",
  dotsPerParticipant: "dotsPerParticipant",
  votesHidden: "votesHidden",
} as const;

export type EntityMap = Y.Map<unknown>;

/**
 * Root maps are typed as holding `unknown`: any client with an edit link can write anything,
 * so entity access goes through `getEntity` / `forEachEntity`, which skip what is not a map.
 */
export interface BoardMaps {
  meta: Y.Map<unknown>;
  lanes: Y.Map<unknown>;
  steps: Y.Map<unknown>;
  flows: Y.Map<unknown>;
  roles: Y.Map<unknown>;
  raci: Y.Map<unknown>;
  notes: Y.Map<unknown>;
  agreements: Y.Map<unknown>;
}

/** The root maps of a board doc (created on first access, as Yjs root types are). */
export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    meta: doc.getMap(ROOT.meta),
    lanes: doc.getMap(ROOT.lanes),
    steps: doc.getMap(ROOT.steps),
    flows: doc.getMap(ROOT.flows),
    roles: doc.getMap(ROOT.roles),
    raci: doc.getMap(ROOT.raci),
    notes: doc.getMap(ROOT.notes),
    agreements: doc.getMap(ROOT.agreements),
  };
}

/** A Y.Map filled from a plain record, skipping undefined values. */
export function toYMap(fields: Record<string, unknown>): EntityMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) map.set(key, value);
  }
  return map;
}

/** The entity stored under `id`, or undefined when absent or not a Y.Map. */
export function getEntity(map: Y.Map<unknown>, id: string): EntityMap | undefined {
  const value = map.get(id);
  return value instanceof Y.Map ? (value as EntityMap) : undefined;
}

/** Calls `visit` for every well-formed entity of a root map. */
export function forEachEntity(map: Y.Map<unknown>, visit: (entity: EntityMap, id: string) => void): void {
  map.forEach((value, id) => {
    if (value instanceof Y.Map) visit(value as EntityMap, id);
  });
}
