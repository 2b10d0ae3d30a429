import { createContext, useContext, type ReactNode } from "react";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { AccessRole } from "@brownpaper/shared";
import type { BoardProjection } from "./board-projection";
import type { BoardUndo } from "./board-undo";
import type { FacilitationConnection } from "./facilitation-connection";
import type { ServerClock } from "./server-clock";

/** What every part of an open board needs: the doc to command, the projection to read, the role. */
export interface BoardSession {
  boardId: string;
  doc: Y.Doc;
  projection: BoardProjection;
  role: AccessRole;
  /** True on a view link, and for everyone but the facilitator while the board is locked. */
  readOnly: boolean;
  /** Presence of everyone on the board (cursors, selection, viewport): synced, never stored. */
  awareness: Awareness;
  facilitation: FacilitationConnection;
  undo: BoardUndo;
  /** The server's clock: timers are stored and read in it, so skewed local clocks still agree. */
  clock: ServerClock;
}

const BoardSessionContext = createContext<BoardSession | null>(null);

export function BoardSessionProvider({ session, children }: { session: BoardSession; children: ReactNode }) {
  return <BoardSessionContext.Provider value={session}>{children}</BoardSessionContext.Provider>;
}

export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext);
  if (!session) throw new Error("useBoardSession must be used inside a BoardSessionProvider.");
  return session;
}
