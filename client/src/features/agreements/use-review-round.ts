import { useCallback, useEffect, useState } from "react";
import { closeRound, getRound, openRound, parseOpenedRound, type OpenedRound } from "../../lib/review-api";
import { onThisOrigin, tokenFromHash } from "../../lib/board-links";
import { useUiStore } from "../../state/store";
import { roundKey, useOpenRounds, type KeptRound } from "./open-rounds";

/** How often the count of answers is asked for while a round is open. */
export const RESPONSE_POLL_MS = 3000;

export interface ReviewRoundControls {
  /** The round this browser opened and has not seen closed, if any. */
  round: KeptRound | undefined;
  /** Answers so far, null until the server has said. */
  responses: number | null;
  /** What went wrong last (a refusal, the connection), shown beside the controls. */
  problem: string | null;
  busy: boolean;
  open: () => Promise<void>;
  close: () => Promise<void>;
}

const boardToken = () => tokenFromHash(window.location.hash) ?? "";

/**
 * Opens and closes an agreement's review round through the server and, while it is open, asks
 * for the count of answers every few seconds (stopping once it is closed, here, elsewhere or by
 * sync, and when the agreement is closed in the panel). `closedIds` are the rounds the board
 * already holds: one of them is this round once someone has closed it.
 */
export function useReviewRound(
  boardId: string,
  agreementId: string,
  closedIds: readonly string[],
): ReviewRoundControls {
  const round = useOpenRounds((state) => state.rounds[roundKey(boardId, agreementId)]);
  const [responses, setResponses] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reviewId = round?.reviewId;
  const closedHere = reviewId !== undefined && closedIds.includes(reviewId);

  const forget = useCallback(
    (id: string) => {
      useOpenRounds.getState().forget(boardId, agreementId, id);
      setResponses(null);
      setProblem(null);
    },
    [boardId, agreementId],
  );

  useEffect(() => {
    if (reviewId !== undefined && closedHere) forget(reviewId);
  }, [reviewId, closedHere, forget]);

  useEffect(() => {
    if (reviewId === undefined || closedHere) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await getRound(boardId, agreementId, reviewId, boardToken(), controller.signal);
      if (controller.signal.aborted) return;
      if (result.ok) {
        setResponses(result.value.responses);
        setProblem(null);
        if (result.value.status === "closed") return forget(reviewId);
      } else if (result.kind === "gone") {
        useUiStore.getState().showToast("That review round is not there any more.");
        return forget(reviewId);
      } else {
        setProblem(result.message);
      }
      timer = setTimeout(() => void poll(), RESPONSE_POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [boardId, agreementId, reviewId, closedHere, forget]);

  const open = useCallback(async () => {
    setBusy(true);
    setProblem(null);
    const result = await openRound(boardId, agreementId, boardToken());
    setBusy(false);
    const remember = (opened: OpenedRound) =>
      useOpenRounds.getState().remember(boardId, agreementId, {
        ...opened,
        surveyUrl: opened.surveyUrl === "" ? "" : onThisOrigin(opened.surveyUrl, window.location.origin),
        openedAt: new Date().toISOString(),
      });
    if (result.ok) {
      setResponses(0);
      remember(result.value);
      return;
    }
    // Already open (from another browser, or before this one forgot it): the server hands back that round.
    const existing = result.kind === "conflict" ? parseOpenedRound(result.body) : null;
    const existingId = (result.body as { reviewId?: unknown } | undefined)?.reviewId;
    if (existing || (result.kind === "conflict" && typeof existingId === "string")) {
      remember(existing ?? { reviewId: existingId as string, surveyToken: "", surveyUrl: "" });
      return;
    }
    setProblem(
      result.kind === "conflict"
        ? "A review round is already open on this agreement, opened from another browser: close it there first."
        : result.message,
    );
  }, [boardId, agreementId]);

  const close = useCallback(async () => {
    if (reviewId === undefined) return;
    setBusy(true);
    setProblem(null);
    const result = await closeRound(boardId, agreementId, reviewId, boardToken());
    setBusy(false);
    if (result.ok || result.kind === "closed" || result.kind === "gone") {
      forget(reviewId);
      if (!result.ok) useUiStore.getState().showToast(result.message);
      return;
    }
    setProblem(result.message);
  }, [boardId, agreementId, reviewId, forget]);

  return { round: closedHere ? undefined : round, responses, problem, busy, open, close };
}
