import { createContext, useContext, type ComponentType } from "react";
import type { Board, Handover, Note, NoteTarget, Step } from "@brownpaper/shared";

/**
 * Where one feature shows another's UI (the inspector shows a step's notes and RACI, a note card
 * its vote control) it renders a slot, and the board screen, the composition root, fills the
 * slots with the features' components. So features never import one another, and the
 * dependency graph stays one-way: app → features → components, lib, state, sync, shared.
 */
export interface FeatureSlots {
  /** Voting: − count + on a pain point. */
  VoteControl: ComponentType<{ note: Note; board: Pick<Board, "meta">; votes: number }>;
  /** Voting: the dots the person has left, or the prompt for their name. */
  DotsLeft: ComponentType<{ board: Pick<Board, "meta" | "notes"> }>;
  /** Notes: the notes on one target and the form to add one. */
  NotesSection: ComponentType<{ board: Board; target: NoteTarget; title?: string }>;
  /** Notes: one note's card. */
  NoteCard: ComponentType<{
    note: Note;
    board: Pick<Board, "meta"> & Partial<Pick<Board, "notes">>;
    votes: number;
    selected?: boolean;
  }>;
  /** Agreements: the service agreement on a handover. */
  HandoverAgreement: ComponentType<{ board: Board; handover: Handover }>;
  /** RACI: who is Responsible, Accountable, Consulted and Informed on a step. */
  StepRaci: ComponentType<{ board: Board; step: Step }>;
  /** Actions: an action's owner, due date and status. */
  ActionFields: ComponentType<{ note: Note }>;
  /** Actions: the actions raised from a pain point, and raising another. */
  PainActions: ComponentType<{ board: Pick<Board, "notes">; note: Note }>;
}

const Empty = () => null;

const FeatureSlotsContext = createContext<FeatureSlots>({
  VoteControl: Empty,
  DotsLeft: Empty,
  NotesSection: Empty,
  NoteCard: Empty,
  HandoverAgreement: Empty,
  StepRaci: Empty,
  ActionFields: Empty,
  PainActions: Empty,
});

export const FeatureSlotsProvider = FeatureSlotsContext.Provider;

export function useSlots(): FeatureSlots {
  return useContext(FeatureSlotsContext);
}
