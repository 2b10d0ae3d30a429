import type { StepKind } from "@brownpaper/shared";

/** Names and glyphs for the kind picker; the shapes themselves are drawn in steps.css. */
export const STEP_KIND_INFO: Readonly<Record<StepKind, { label: string; glyph: string }>> = {
  task: { label: "Task", glyph: "▭" },
  decision: { label: "Decision", glyph: "◇" },
  start: { label: "Start", glyph: "○" },
  end: { label: "End", glyph: "◉" },
  wait: { label: "Wait", glyph: "⧗" },
};
