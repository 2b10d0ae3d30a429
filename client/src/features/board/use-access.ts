import { useEffect, useState } from "react";
import { ACCESS_ROLES, tokenRole, type AccessRole } from "@brownpaper/shared";

export type Access = { state: "checking" } | { state: "granted"; role: AccessRole } | { state: "denied" };

function isRole(value: unknown): value is AccessRole {
  return typeof value === "string" && (ACCESS_ROLES as readonly string[]).includes(value);
}

/**
 * Asks the server what this link may do. If the server cannot be reached, the role the token
 * claims is used: the sync server still refuses a bad token, and the indicator shows offline.
 */
export function useAccess(boardId: string, token: string): Access {
  const [access, setAccess] = useState<Access>({ state: "checking" });

  useEffect(() => {
    const controller = new AbortController();
    const claimed = tokenRole(token);
    const fallback: Access = claimed ? { state: "granted", role: claimed } : { state: "denied" };
    fetch(`/api/boards/${encodeURIComponent(boardId)}/access`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: controller.signal,
    })
      .then(async (response) => {
        if (response.status === 401 || response.status === 403 || response.status === 404)
          return setAccess({ state: "denied" });
        if (!response.ok) return setAccess(fallback);
        const body: unknown = await response.json().catch(() => null);
        const role = (body as { role?: unknown } | null)?.role;
        setAccess(isRole(role) ? { state: "granted", role } : fallback);
      })
      .catch(() => {
        if (!controller.signal.aborted) setAccess(fallback);
      });
    return () => controller.abort();
  }, [boardId, token]);

  return access;
}
