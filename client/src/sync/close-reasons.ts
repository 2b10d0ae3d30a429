/**
 * What the person at the screen is told when the server closes a board's socket, by close code
 * (the server's table is server/src/sync/close-codes.ts and the README's operations section).
 * y-websocket gives up on 4400–4499 and retries everything else; a close it retries is shown as
 * "Reconnecting…" with the reason as the hint, one it gives up on as a message that stays.
 */
export interface CloseExplanation {
  /** Retrying cannot help: the client has stopped and the person must be told what to do. */
  permanent: boolean;
  title: string;
  detail: string;
}

const KEPT = "Your changes are kept in this browser and sent once it is back.";

const EXPLAINED: Readonly<Record<number, CloseExplanation>> = {
  1001: { permanent: false, title: "The server is restarting", detail: `Reconnecting in a moment. ${KEPT}` },
  1003: {
    permanent: false,
    title: "The server could not read this browser's messages",
    detail: `Reconnecting. ${KEPT}`,
  },
  1007: { permanent: false, title: "The server refused a change from this browser", detail: `Reconnecting. ${KEPT}` },
  1008: {
    permanent: false,
    title: "Too many changes at once",
    detail: `The server is pacing this browser; it reconnects after a short wait. ${KEPT}`,
  },
  1009: {
    permanent: false,
    title: "A change from this browser is too large for the server",
    detail: `Reconnecting. ${KEPT}`,
  },
  1011: { permanent: false, title: "The server could not load or save this board", detail: `Retrying. ${KEPT}` },
  1013: {
    permanent: false,
    title: "The board is busy",
    detail: `Too many people or tabs are connected right now; retrying shortly. ${KEPT}`,
  },
  4413: {
    permanent: true,
    title: "This board is full",
    detail:
      "It has reached the size this server allows, so your latest changes were not saved. Everything saved before them is kept and others still see it. Ask whoever runs Brownpaper to raise the limit, or continue on a new board.",
  },
  4426: {
    permanent: true,
    title: "This board was saved by a newer version of Brownpaper",
    detail:
      "This server runs an older version and cannot open it safely. Reload once whoever runs Brownpaper has updated it.",
  },
  4509: {
    permanent: false,
    title: "The facilitator unlocked the board",
    detail: "Syncing again so your changes count.",
  },
};

const OUT_OF_REACH: CloseExplanation = {
  permanent: false,
  title: "The server is out of reach",
  detail: `Reconnecting. ${KEPT}`,
};

/** y-websocket's own rule: 4400–4499 mirror HTTP 4xx, a refusal that retrying cannot fix. */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

export function explainClose(code: number, reason = ""): CloseExplanation {
  const known = EXPLAINED[code];
  if (known) return known;
  if (isPermanentClose(code)) {
    const said = reason.trim() === "" ? "" : ` It said: “${reason.trim()}”.`;
    return {
      permanent: true,
      title: "The server closed this board",
      detail: `Reloading will not help (code ${code}).${said} Ask the facilitator for a new link.`,
    };
  }
  return OUT_OF_REACH;
}

/** Codes that mean the server refused what this browser sent: sending it again gets the same answer. */
export function isRefusalOfThisBrowser(code: number): boolean {
  return code === 1003 || code === 1007 || code === 1009;
}
