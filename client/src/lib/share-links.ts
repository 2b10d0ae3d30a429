/**
 * The edit and view links of boards created in this browser. The server hands them out once,
 * on creation; the facilitator's Share popover reads them back from here.
 */
export interface ShareLinks {
  editUrl: string;
  viewUrl: string;
}

const key = (boardId: string) => `brownpaper:share-links:${boardId}`;

export function saveShareLinks(boardId: string, links: ShareLinks): void {
  try {
    localStorage.setItem(key(boardId), JSON.stringify(links));
  } catch {
    // Storage can be full or disabled (private mode); offline, the Share menu then has fewer links to offer.
  }
}

export function loadShareLinks(boardId: string): ShareLinks | null {
  try {
    const raw = localStorage.getItem(key(boardId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { editUrl, viewUrl } = parsed as Record<string, unknown>;
    return typeof editUrl === "string" && typeof viewUrl === "string" ? { editUrl, viewUrl } : null;
  } catch {
    return null;
  }
}
