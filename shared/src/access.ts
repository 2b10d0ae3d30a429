/**
 * What a link lets its holder do. `facilitator` can do everything `edit` can plus run the
 * workshop; `view` sees everything and changes nothing. Tokens look like
 * `v1.<role letter>.<nonce>.<signature>`: the role is readable by the client, but only the
 * server, holding the secret, can check the signature.
 */
export const ACCESS_ROLES = ["facilitator", "edit", "view"] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

export const ROLE_LETTER: Record<AccessRole, string> = { facilitator: "f", edit: "e", view: "v" };

/** The role a token claims (unverified), or null when it is not a Brownpaper token. */
export function tokenRole(token: string): AccessRole | null {
  const [version, letter] = token.split(".");
  if (version !== "v1") return null;
  return ACCESS_ROLES.find((role) => ROLE_LETTER[role] === letter) ?? null;
}

export function canEdit(role: AccessRole): boolean {
  return role !== "view";
}

/**
 * Whether a link may change the dot vote's settings — the dots each participant has, and hiding
 * or revealing the votes. Only the facilitator's: they call the vote and decide when to show it.
 */
export function canSetVoteSettings(role: AccessRole): boolean {
  return role === "facilitator";
}
