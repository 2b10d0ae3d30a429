import { useEffect, useState } from "react";
import type { AccessRole } from "@brownpaper/shared";
import { usePreferences } from "../../state/preferences";

/** The board's links this link may hand on, by role: the server never gives one that can do more. */
export type ShareableLinks = Partial<Record<AccessRole, string>>;

export type ShareLinksState =
  | { state: "loading" }
  | { state: "ready"; links: ShareableLinks }
  /** The server could not be asked (offline) or would not answer (refused): what this browser knows instead. */
  | { state: "offline" | "refused"; links: ShareableLinks };

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
 * creating the board, and to this page's own link when that is an edit or view link (never the
 * facilitator's own, which must not be handed out).
 */
export function useShareLinks(boardId: string, token: string, role: AccessRole, open: boolean): ShareLinksState {
  const [result, setResult] = useState<ShareLinksState>({ state: "loading" });

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const fallback = (): ShareableLinks => {
      const stored = role === "facilitator" ? usePreferences.getState().shareLinks[boardId] : undefined;
      if (stored) return { edit: stored.editUrl, view: stored.viewUrl };
      return role === "facilitator" ? {} : { [role]: window.location.href };
    };
    fetch(`/api/boards/${encodeURIComponent(boardId)}/links`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
    })
      .then(async (response) => {
        const links = response.ok ? fromServer(await response.json().catch(() => null)) : null;
        if (!links)
          return setResult({ state: response.ok || response.status >= 500 ? "offline" : "refused", links: fallback() });
        if (links.edit !== undefined && links.view !== undefined)
          usePreferences.getState().rememberShareLinks(boardId, { editUrl: links.edit, viewUrl: links.view });
        setResult({ state: "ready", links });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ state: "offline", links: fallback() });
      });
    return () => controller.abort();
  }, [boardId, token, role, open]);

  return result;
}
