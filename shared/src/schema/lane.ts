import { z } from "zod";
import { idSchema, shortText, type Scope } from "./common";

export const LANE_KINDS = ["core", "support", "customer", "external"] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const DEFAULT_LANE_HEIGHT = 160;
export const MIN_LANE_HEIGHT = 80;
export const MAX_LANE_HEIGHT = 2000;

/** A horizontal band for one team or department. `order` is the position among lanes. */
export interface Lane {
  id: string;
  name: string;
  kind: LaneKind;
  order: number;
  /** Band height in canvas pixels (layout; optional in files). */
  height: number;
}

export const laneScope: Scope = "document";

export const laneSchema = z.object({
  id: idSchema,
  name: shortText.min(1, "must not be empty"),
  kind: z.enum(LANE_KINDS),
  order: z.number().int().min(0),
  height: z.number().min(MIN_LANE_HEIGHT).max(MAX_LANE_HEIGHT).optional(),
});
