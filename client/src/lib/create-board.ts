/** What `POST /api/boards` answers: the new board and its three links. */
export interface CreatedBoard {
  id: string;
  editToken: string;
  viewToken: string;
  facilitatorToken: string;
  editUrl: string;
  viewUrl: string;
  facilitatorUrl: string;
}

function isCreatedBoard(value: unknown): value is CreatedBoard {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return ["id", "editUrl", "viewUrl", "facilitatorUrl"].every((key) => typeof record[key] === "string");
}

/**
 * Creates a board, empty or from a board file (a template, an import, a snapshot). Throws an
 * Error whose message can be shown as it is; a refused file's message names the bad field.
 */
export async function createBoard(file?: unknown): Promise<CreatedBoard> {
  let response: Response;
  try {
    response = await fetch("/api/boards", {
      method: "POST",
      headers:
        file === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
      body: file === undefined ? undefined : JSON.stringify(file),
    });
  } catch {
    throw new Error("Could not reach the Brownpaper server. Check your connection and try again.");
  }
  if (response.status === 400) {
    const body: unknown = await response.json().catch(() => null);
    const error = (body as { error?: unknown } | null)?.error;
    throw new Error(typeof error === "string" ? `The board file was refused: ${error}` : "The board file was refused.");
  }
  if (!response.ok) {
    const detail = await response.text().catch(() => "");
    throw new Error(
      `The server could not create a board (${response.status}${detail ? `: ${detail.slice(0, 200)}` : ""}).`,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!isCreatedBoard(body)) throw new Error("The server answered, but not with a new board. Try again in a moment.");
  return body;
}
