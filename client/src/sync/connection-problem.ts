import { explainClose } from "./close-reasons";

/** Why a board cannot sync in a way retrying will not fix; the client stops trying and says so. */
export type ConnectionProblem =
  /** The server closed the socket with a code y-websocket does not retry (4400–4499). */
  | { kind: "closed"; code: number; reason: string }
  /** The server refuses this link at the handshake (it answers 401 to the access check). */
  | { kind: "link-invalid" }
  /** The link is fine but the board is gone (404). */
  | { kind: "board-missing" }
  /** The server keeps closing the socket over what this browser sends (1003, 1007, 1009). */
  | { kind: "refused"; code: number };

/** What the person can do about it: try again later, start afresh without this browser's unsent changes, or leave. */
export type ProblemAction = "retry" | "discard-local" | "home";

export interface ProblemMessage {
  title: string;
  detail: string;
  action: ProblemAction;
}

/** The server's close code for an update that would take the board past its size limit. */
const BOARD_FULL = 4413;

const REFUSED_BECAUSE: Readonly<Record<number, string>> = {
  1009: "it is larger than the server accepts",
  1007: "the server's checks reject it",
  1003: "the server cannot read it",
};

export function describeProblem(problem: ConnectionProblem): ProblemMessage {
  switch (problem.kind) {
    case "closed": {
      const { title, detail } = explainClose(problem.code, problem.reason);
      // Retrying a full board resends the change it refused; starting from what is saved lets the person go on.
      return { title, detail, action: problem.code === BOARD_FULL ? "discard-local" : "retry" };
    }
    case "link-invalid":
      return {
        title: "This link is no longer valid",
        detail:
          "The server no longer accepts it, so nothing you change here reaches anyone. Ask the facilitator for the board's current link.",
        action: "home",
      };
    case "board-missing":
      return {
        title: "This board no longer exists",
        detail: "The server has no board behind this link. Ask the facilitator where the workshop continues.",
        action: "home",
      };
    case "refused":
      return {
        title: "The server will not accept a change made in this browser",
        detail: `Sending it again gets the same answer (${REFUSED_BECAUSE[problem.code] ?? `code ${problem.code}`}). Export what you need to keep, then reload without this browser's unsent changes to carry on with the board as everyone else has it.`,
        action: "discard-local",
      };
  }
}
