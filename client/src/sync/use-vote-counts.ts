import { useMemo } from "react";
import { countEffectiveVotes, type Board } from "@brownpaper/shared";

/** Counted (capped) votes per pain note, recomputed only when the notes or the dots change. */
export function useVoteCounts(board: Pick<Board, "meta" | "notes">): ReadonlyMap<string, number> {
  const { meta, notes } = board;
  return useMemo(() => countEffectiveVotes({ meta, notes }).byNote, [meta, notes]);
}
