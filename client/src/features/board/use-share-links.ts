import { useEffect, useState } from "react";
import type { AccessRole } from "@brownpaper/shared";
import { loadShareLinks, saveShareLinks } from "../../lib/share-links";

/** The board's links this link may hand on, by role: the server never gives one that can do more. */
export type ShareableLinks = Partial<Record<AccessRole, string>>;

export type ShareLinksState = { state: "loading" } | { state: "ready"; links: ShareableLinks } | { state: "offline"; links: ShareableLinks };

function fromServer(body: unknown): ShareableLinks | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as Record<string, unknown>;
  const links: ShareableLinks = {};
  for (const role of ["facilitator", "edit", "view"] as const) {
    const url = record[`${role}Url`];
    if (typeof url === "string") links[role] = url;
  }
  return Object.keys(links).length > 0 ? links : null;
}

/**
 * Asks the server for the links to share while the Share menu is open, so they are there in any
 * browser the link is opened in. Offline, it falls back to what this browser remembers from
 * creating the board, and to this page's own link.
 */
export function useShareLinks(boardId: string, token: string, role: AccessRole, open: boolean): ShareLinksState {
  const [result, setResult] = useState<ShareLinksState>({ state: "loading" });

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const fallback = (): ShareableLinks => {
      const stored = role === "facilitator" ? loadShareLinks(boardId) : null;
      return { [role]: window.location.href, ...(stored ? { edit: stored.editUrl, view: stored.viewUrl } : {}) };
    };
    fetch(`/api/boards/${encodeURIComponent(boardId)}/links`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal })
      .then(async (response) => {
        const links = response.ok ? fromServer(await response.json().catch(() => null)) : null;
        if (!links) return setResult({ state: "offline", links: fallback() });
        if (links.edit !== undefined && links.view !== undefined) saveShareLinks(boardId, { editUrl: links.edit, viewUrl: links.view });
        setResult({ state: "ready", links });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ state: "offline", links: fallback() });
      });
    return () => controller.abort();
  }, [boardId, token, role, open]);

  return result;
}
