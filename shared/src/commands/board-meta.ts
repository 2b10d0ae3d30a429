import type * as Y from "yjs";
import { META } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { BOARD_STATES, DEFAULT_BOARD_TITLE, type BoardState } from "../schema/board";
import { clipLong, clipShort } from "../schema/common";
import { CommandError } from "./command-error";
import { transact } from "./transact";

export function setBoardTitle(doc: Y.Doc, title: string, origin?: Origin): void {
  transact(doc, origin, (maps) => maps.meta.set(META.title, clipShort(title.trim()) || DEFAULT_BOARD_TITLE));
}

export function setBoardScope(doc: Y.Doc, scope: { trigger?: string; outcome?: string }, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    if (scope.trigger !== undefined) maps.meta.set(META.trigger, clipLong(scope.trigger));
    if (scope.outcome !== undefined) maps.meta.set(META.outcome, clipLong(scope.outcome));
  });
}

export function setBoardState(doc: Y.Doc, state: BoardState, origin?: Origin): void {
  if (!BOARD_STATES.includes(state)) throw new CommandError(`Unknown board state "${state}".`);
  transact(doc, origin, (maps) => maps.meta.set(META.state, state));
}
