import type { NoteKind, PainCategory } from "@brownpaper/shared";

/** How each kind of note reads and looks; the colours are sticky-pad colours, told apart in print too. */
export const NOTE_KIND_INFO: Readonly<Record<NoteKind, { label: string; short: string }>> = {
  pain: { label: "Pain point", short: "Pain" },
  responsibility: { label: "Role & responsibility", short: "Role" },
  idea: { label: "Idea", short: "Idea" },
  question: { label: "Question", short: "Question" },
  comment: { label: "Comment", short: "Comment" },
  action: { label: "Action", short: "Action" },
};

export const NOTE_KIND_ORDER: readonly NoteKind[] = ["pain", "action", "responsibility", "idea", "question", "comment"];

export const PAIN_CATEGORY_LABELS: Readonly<Record<PainCategory, string>> = {
  waiting: "Waiting",
  rework: "Rework",
  "handover-error": "Handover error",
  "unclear-need": "Unclear need",
  "no-agreement": "No agreement",
  silo: "Silo thinking",
  distraction: "Distraction",
  other: "Other",
};
