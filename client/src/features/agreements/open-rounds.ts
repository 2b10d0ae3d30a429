import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { safeStorage, windowStorage } from "../../state/browser-storage";
import type { OpenedRound } from "../../lib/review-api";

/**
 * The review rounds this browser opened and has not seen closed, by board and agreement. Only
 * the aggregates of a closed round enter the board, so the open round's id and survey link live
 * here: a reload keeps showing the link and the count, and closing it from here still works.
 */
export const OPEN_ROUNDS_KEY = "brownpaper:open-review-rounds";
const MAX_KEPT = 100;

export interface KeptRound extends OpenedRound {
  openedAt: string;
}

interface OpenRounds {
  rounds: Record<string, KeptRound>;
  remember: (boardId: string, agreementId: string, round: KeptRound) => void;
  forget: (boardId: string, agreementId: string, reviewId: string) => void;
}

export const roundKey = (boardId: string, agreementId: string) => `${boardId}:${agreementId}`;

const isKept = (value: unknown): value is KeptRound => {
  if (typeof value !== "object" || value === null) return false;
  const round = value as Record<string, unknown>;
  return ["reviewId", "surveyToken", "surveyUrl", "openedAt"].every((field) => typeof round[field] === "string");
};

function sanitize(persisted: unknown): Record<string, KeptRound> {
  const rounds = (persisted as { rounds?: unknown } | null)?.rounds;
  if (typeof rounds !== "object" || rounds === null) return {};
  return Object.fromEntries(Object.entries(rounds).filter(([, round]) => isKept(round)));
}

export function createOpenRoundsStore(storage: Storage | null) {
  return create<OpenRounds>()(
    persist(
      (set) => ({
        rounds: {},
        remember: (boardId, agreementId, round) =>
          set((state) => {
            const entries = Object.entries(state.rounds).filter(([key]) => key !== roundKey(boardId, agreementId));
            // The oldest go first once the list is long: a round nobody closed for months is stale anyway.
            const kept = entries.sort(([, a], [, b]) => a.openedAt.localeCompare(b.openedAt)).slice(-(MAX_KEPT - 1));
            return { rounds: { ...Object.fromEntries(kept), [roundKey(boardId, agreementId)]: round } };
          }),
        forget: (boardId, agreementId, reviewId) =>
          set((state) => {
            const key = roundKey(boardId, agreementId);
            if (state.rounds[key]?.reviewId !== reviewId) return state;
            const { [key]: _closed, ...others } = state.rounds;
            return { rounds: others };
          }),
      }),
      {
        name: OPEN_ROUNDS_KEY,
        version: 1,
        storage: createJSONStorage(() => safeStorage(() => storage)),
        partialize: ({ rounds }) => ({ rounds }),
        merge: (persisted, current) => ({ ...current, rounds: sanitize(persisted) }),
      },
    ),
  );
}

export const useOpenRounds = createOpenRoundsStore(windowStorage("localStorage"));
