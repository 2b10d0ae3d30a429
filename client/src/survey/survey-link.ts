import { tokenFromHash } from "../lib/board-links";

/** Which review round a survey link is for, and the token that opens it. */
export interface SurveyLink {
  boardId: string;
  agreementId: string;
  reviewId: string;
  token: string;
}

/**
 * Reads `/s/<board>/<agreement>/<round>#token=…`. Null when a part is missing: the link was cut
 * short when it was copied, and the page says so instead of asking the server.
 */
export function parseSurveyLink(pathname: string, hash: string): SurveyLink | null {
  const parts = pathname.split("/").filter((part) => part !== "");
  if (parts.length !== 4 || parts[0] !== "s") return null;
  let ids: string[];
  try {
    ids = parts.slice(1).map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
  const [boardId = "", agreementId = "", reviewId = ""] = ids;
  const token = tokenFromHash(hash);
  if (!token || boardId === "" || agreementId === "" || reviewId === "") return null;
  return { boardId, agreementId, reviewId, token };
}
