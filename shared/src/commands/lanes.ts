import type * as Y from "yjs";
import { keyAt } from "../doc/order-key";
import { type BoardMaps, forEachEntity, getEntity } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { clipShort } from "../schema/common";
import {
  clampLaneHeight,
  DEFAULT_LANE_HEIGHT,
  DEFAULT_LANE_KIND,
  DEFAULT_LANE_NAME,
  LANE_KINDS,
  readLane,
  sortLanes,
  toLaneYMap,
  type LaneKind,
  type LaneRecord,
} from "../schema/lane";
import { newId } from "../ids";
import { CommandError } from "./command-error";
import { removeLane } from "./cascade";
import { transact } from "./transact";

function orderedLanes(maps: BoardMaps): LaneRecord[] {
  const lanes: LaneRecord[] = [];
  forEachEntity(maps.lanes, (map, id) => lanes.push(readLane(id, map)));
  return sortLanes(lanes);
}

function requireLane(maps: BoardMaps, laneId: string): Y.Map<unknown> {
  const lane = getEntity(maps.lanes, laneId);
  if (!lane) throw new CommandError(`There is no lane "${laneId}".`);
  return lane;
}

function normaliseName(name: string): string {
  return name.trim().toLocaleLowerCase();
}

function nameTaken(maps: BoardMaps, name: string, exceptLaneId?: string): boolean {
  const wanted = normaliseName(name);
  return orderedLanes(maps).some((lane) => lane.id !== exceptLaneId && normaliseName(lane.name) === wanted);
}

/** A lane name not yet used on the board: "IT", then "IT 2", "IT 3", … */
export function uniqueLaneName(maps: BoardMaps, wanted: string): string {
  const base = clipShort(wanted.trim()) || DEFAULT_LANE_NAME;
  if (!nameTaken(maps, base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!nameTaken(maps, candidate)) return candidate;
  }
}

export interface AddLaneInput {
  name?: string;
  kind?: LaneKind;
  /** Insert at this index among lanes; appended when omitted. */
  index?: number;
  height?: number;
  id?: string;
}

/** Adds a lane (at the end unless an index is given) and returns its id. */
export function addLane(doc: Y.Doc, input: AddLaneInput = {}, origin?: Origin): string {
  return transact(doc, origin, (maps) => {
    const lanes = orderedLanes(maps);
    const index = Math.max(0, Math.min(input.index ?? lanes.length, lanes.length));
    const orderKey = keyAt(
      lanes.map((lane) => lane.orderKey),
      index,
    );
    const id = input.id ?? newId("lane");
    maps.lanes.set(
      id,
      toLaneYMap({
        name: uniqueLaneName(maps, input.name ?? `${DEFAULT_LANE_NAME} ${lanes.length + 1}`),
        kind: input.kind ?? DEFAULT_LANE_KIND,
        orderKey,
        height: clampLaneHeight(input.height ?? DEFAULT_LANE_HEIGHT),
      }),
    );
    return id;
  });
}

/** Renames a lane; names are unique on a board (case-insensitive). */
export function renameLane(doc: Y.Doc, laneId: string, name: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const lane = requireLane(maps, laneId);
    const trimmed = clipShort(name.trim());
    if (trimmed === "") throw new CommandError("A lane needs a name.");
    if (nameTaken(maps, trimmed, laneId)) throw new CommandError(`A lane named "${trimmed}" already exists.`);
    lane.set("name", trimmed);
  });
}

export function setLaneKind(doc: Y.Doc, laneId: string, kind: LaneKind, origin?: Origin): void {
  if (!LANE_KINDS.includes(kind)) throw new CommandError(`Unknown lane kind "${kind}".`);
  transact(doc, origin, (maps) => requireLane(maps, laneId).set("kind", kind));
}

export function setLaneHeight(doc: Y.Doc, laneId: string, height: number, origin?: Origin): void {
  transact(doc, origin, (maps) => requireLane(maps, laneId).set("height", clampLaneHeight(height)));
}

/**
 * Moves a lane to `toIndex` among the lanes. Only the moved lane gets a new fractional key,
 * so two people reordering different lanes at once both keep their moves.
 */
export function moveLane(doc: Y.Doc, laneId: string, toIndex: number, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const lane = requireLane(maps, laneId);
    const others = orderedLanes(maps).filter((other) => other.id !== laneId);
    const index = Math.max(0, Math.min(toIndex, others.length));
    lane.set(
      "order",
      keyAt(
        others.map((other) => other.orderKey),
        index,
      ),
    );
  });
}

/** Deletes a lane with its steps, their flows, RACI and notes, its roles and agreements. */
export function deleteLane(doc: Y.Doc, laneId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    requireLane(maps, laneId);
    removeLane(maps, laneId);
  });
}

/** Lanes in display order (ids and fractional keys), for callers outside a transaction. */
export function laneOrder(maps: BoardMaps): LaneRecord[] {
  return orderedLanes(maps);
}
