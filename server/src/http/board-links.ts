import type { IncomingMessage } from "node:http";
import type { AccessRole } from "@brownpaper/shared";
import { shareToken, type Secret } from "../auth/tokens";
import { publicOrigin } from "./public-origin";

export type BoardLinks = Partial<Record<`${AccessRole}${"Token" | "Url"}`, string>>;

/** The links each kind of link may hand on: never one that can do more than itself. */
export const SHAREABLE_ROLES: Record<AccessRole, readonly AccessRole[]> = {
  facilitator: ["facilitator", "edit", "view"],
  edit: ["edit", "view"],
  view: ["view"],
};

export interface BoardLinkDeps {
  secret: Secret;
  publicUrl: string | undefined;
  fallbackHost: string;
}

/** Tokens and URLs of the board's links for `roles`; the token sits in the fragment, out of server logs. */
export function boardLinks(
  req: IncomingMessage,
  boardId: string,
  roles: readonly AccessRole[],
  deps: BoardLinkDeps,
): BoardLinks {
  const origin = publicOrigin(req, deps.publicUrl, deps.fallbackHost);
  const links: BoardLinks = {};
  for (const role of roles) {
    const token = shareToken(deps.secret, boardId, role);
    links[`${role}Token`] = token;
    links[`${role}Url`] = `${origin}/b/${boardId}#token=${token}`;
  }
  return links;
}
