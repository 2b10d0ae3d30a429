import type * as Y from "yjs";
import {
  canSetVoteSettings,
  importBoard,
  LOCAL_ORIGIN,
  readBoard,
  type AccessRole,
  type BoardFile,
} from "@brownpaper/shared";

/**
 * Puts a validated board file (an import or a snapshot) in place of the board's content: one
 * transaction with the local origin, so it is one undo step for whoever did it and reaches
 * everyone else as one update. The vote's settings are the facilitator's (`canSetVoteSettings`),
 * so when anyone else replaces the board it keeps its dots per participant, not the file's.
 */
export function replaceBoard(doc: Y.Doc, file: BoardFile, role: AccessRole): void {
  const dotsPerParticipant = canSetVoteSettings(role)
    ? file.dotsPerParticipant
    : readBoard(doc).meta.dotsPerParticipant;
  importBoard(doc, { ...file, dotsPerParticipant }, LOCAL_ORIGIN);
}
