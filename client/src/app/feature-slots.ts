import type { FeatureSlots } from "../components/feature-slots";
import { ActionFields } from "../features/actions/action-fields";
import { PainActions } from "../features/actions/pain-actions";
import { HandoverAgreement } from "../features/agreements/handover-agreement";
import { NoteCard } from "../features/notes/note-card";
import { NotesSection } from "../features/notes/notes-section";
import { StepRaci } from "../features/raci/step-raci";
import { DotsLeft } from "../features/voting/dots-left";
import { VoteControl } from "../features/voting/vote-control";

/** Which feature fills each slot another feature leaves open. */
export const FEATURE_SLOTS: FeatureSlots = {
  VoteControl,
  DotsLeft,
  NotesSection,
  NoteCard,
  HandoverAgreement,
  StepRaci,
  ActionFields,
  PainActions,
};
