import { useEffect } from "react";
import { addNote, LOCAL_ORIGIN, readBoard, type NoteTarget } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useName } from "../../../state/preferences";
import { useFacilitation } from "../../../sync/use-facilitation";
import { draftsKey, usePreferences } from "../../../state/preferences";
import { notesToPublish } from "./silent-drafts";

/**
 * When the facilitator reveals a round, this browser publishes its drafts of that round as
 * notes, all in one transaction so they arrive together, then forgets them. A browser that
 * is offline or locked out at that moment publishes as soon as it can write again.
 */
export function usePublishOnReveal(): void {
  const { doc, boardId, readOnly } = useBoardSession();
  const { silentRound } = useFacilitation();
  const [name] = useName();

  useEffect(() => {
    const preferences = usePreferences.getState();
    if (silentRound.status === "idle") preferences.forgetOtherRounds(boardId, null);
    if (silentRound.status !== "revealed" || silentRound.id === null || readOnly) return;
    const roundId = silentRound.id;
    const drafts = preferences.drafts[draftsKey(boardId, roundId)] ?? [];
    if (drafts.length === 0) return;
    const board = readBoard(doc);
    const ids = { step: board.steps, flow: board.flows, lane: board.lanes };
    const targetExists = (target: NoteTarget) =>
      target.type === "board" ||
      ((target.type === "step" || target.type === "flow" || target.type === "lane") &&
        ids[target.type].some((entity) => entity.id === target.id));
    const notes = notesToPublish(silentRound, roundId, drafts, {
      author: name,
      existingNoteIds: new Set(board.notes.map((note) => note.id)),
      targetExists,
    });
    doc.transact(() => notes.forEach((note) => addNote(doc, note)), LOCAL_ORIGIN);
    preferences.setDrafts(boardId, roundId, []);
  }, [doc, boardId, readOnly, silentRound, name]);

  useEffect(() => {
    if (silentRound.id !== null) usePreferences.getState().forgetOtherRounds(boardId, silentRound.id);
  }, [boardId, silentRound.id]);
}
