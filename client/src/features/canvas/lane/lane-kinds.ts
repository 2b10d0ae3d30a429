import type { LaneKind } from "@brownpaper/shared";

/** How each kind of lane is named on screen; the band tint lives in lanes.css. */
export const LANE_KIND_LABEL: Readonly<Record<LaneKind, string>> = {
  core: "Core",
  support: "Support",
  customer: "Customer",
  external: "External",
};
