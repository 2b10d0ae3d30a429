import type * as Y from "yjs";
import { z } from "zod";
import { num, oneOf, str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, shortText, type EntityModule } from "./common";

export const LANE_KINDS = ["core", "support", "customer", "external"] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const laneEntity: EntityModule = { root: ROOT.lanes, scope: "document", storage: "records" };

export const DEFAULT_LANE_NAME = "Lane";
export const DEFAULT_LANE_KIND: LaneKind = "core";
export const DEFAULT_LANE_HEIGHT = 160;
export const MIN_LANE_HEIGHT = 80;
export const MAX_LANE_HEIGHT = 2000;
/** The fractional order key a lane without one reads as. */
export const DEFAULT_LANE_ORDER_KEY = "a0";

export const laneSchema = z.object({
  id: idSchema,
  name: shortText.min(1, "must not be empty"),
  kind: z.enum(LANE_KINDS),
  /** The position among lanes. */
  order: z.number().int().min(0),
  /** Band height in canvas pixels (layout; optional in files). */
  height: z.number().min(MIN_LANE_HEIGHT).max(MAX_LANE_HEIGHT).optional(),
});

/** A lane as a board file may hold it: `height` can be left out. */
export type LaneFile = z.output<typeof laneSchema>;

/** A horizontal band for one team or department, with its height. */
export interface Lane extends LaneFile {
  height: number;
}

/** A lane as read from the doc: `order` is its index, `orderKey` the fractional key behind it. */
export interface LaneRecord extends Lane {
  orderKey: string;
}

/** A band height within the limits, in whole pixels. */
export function clampLaneHeight(height: number): number {
  return Math.round(Math.max(MIN_LANE_HEIGHT, Math.min(MAX_LANE_HEIGHT, height)));
}

/** Reads a lane from its Y.Map; `order` is 0 until `sortLanes` places it. */
export function readLane(id: string, map: Y.Map<unknown>): LaneRecord {
  return {
    id,
    name: str(map, "name", DEFAULT_LANE_NAME),
    kind: oneOf(map, "kind", LANE_KINDS, DEFAULT_LANE_KIND),
    order: 0,
    orderKey: str(map, "order", DEFAULT_LANE_ORDER_KEY),
    height: num(map, "height", DEFAULT_LANE_HEIGHT),
  };
}

/** The Y.Map of a new lane; the doc keeps its fractional key under `order`. */
export function toLaneYMap(lane: Pick<LaneRecord, "name" | "kind" | "orderKey" | "height">): EntityMap {
  return toYMap({ name: lane.name, kind: lane.kind, order: lane.orderKey, height: lane.height });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Lanes in display order: by fractional key, ties (concurrent inserts) broken by id. */
export function sortLanes(lanes: LaneRecord[]): LaneRecord[] {
  const sorted = [...lanes].sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : byId(a, b)));
  return sorted.map((lane, index) => ({ ...lane, order: index }));
}
