import type { LaneKind } from "../../schema/lane";
import type { NoteKind } from "../../schema/note";

/** The picture export's colours, matching the canvas's brown-paper look. */
export const LANE_COLOURS: Readonly<Record<LaneKind, { tint: string; header: string; badge: string }>> = {
  core: { tint: "#f4e8cf", header: "#ebd9b6", badge: "#8a5a2b" },
  support: { tint: "#e7eedd", header: "#d6e2c7", badge: "#4b6a35" },
  customer: { tint: "#e6eaf4", header: "#d3dbee", badge: "#3b5788" },
  external: { tint: "#f1e5e8", header: "#e5d1d7", badge: "#86475b" },
};

export const NOTE_COLOURS: Readonly<Record<NoteKind, string>> = {
  responsibility: "#cfe3ff",
  pain: "#ffc9c2",
  idea: "#fff2a8",
  question: "#e3d4ff",
  comment: "#e9e9e9",
  action: "#c8ecd2",
};

export const INK = "#2f2418";
export const LINE = "#6d5a45";
export const HANDOVER = "#c2410c";
export const PAPER = "#fbf6ec";
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
