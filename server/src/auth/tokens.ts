import { createHmac, timingSafeEqual } from "node:crypto";
import { ROLE_LETTER, tokenRole, type AccessRole } from "@brownpaper/shared";

/**
 * Board links carry `v1.<role letter>.<nonce>.<signature>`. The signature binds the board id
 * and the role, so a token opens one board with one role and cannot be edited into another.
 */
export type Secret = Buffer | Uint8Array | string;

export const MAX_TOKEN_LENGTH = 200;
const TOKEN_PATTERN = /^v1\.([fev])\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function sign(secret: Secret, boardId: string, letter: string, nonce: string): string {
  return createHmac("sha256", secret).update(`brownpaper:v1:${boardId}:${letter}:${nonce}`).digest("base64url");
}

/**
 * The board's link for `role`, the same every time it is asked for: its nonce is derived from
 * the secret, so the Share menu can hand out the links the board was created with, from any
 * browser, and they stay as unguessable as random ones.
 */
export function shareToken(secret: Secret, boardId: string, role: AccessRole): string {
  const letter = ROLE_LETTER[role];
  const nonce = createHmac("sha256", secret)
    .update(`brownpaper:v1:share:${boardId}:${letter}`)
    .digest("base64url")
    .slice(0, 22);
  return `v1.${letter}.${nonce}.${sign(secret, boardId, letter, nonce)}`;
}

/** The role a token grants on `boardId`, or null when it is malformed, forged or for another board. */
export function verifyToken(secret: Secret, boardId: string, token: unknown): AccessRole | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return null;
  const [, letter, nonce, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(secret, boardId, letter, nonce), "ascii");
  const given = Buffer.from(signature, "ascii");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return tokenRole(token);
}
