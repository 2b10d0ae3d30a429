import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SECRET_FILE = "secret";
const SECRET_BYTES = 32;
export const MIN_SECRET_LENGTH = 32;

/**
 * The HMAC secret behind every board link. Taken from BROWNPAPER_SECRET when set; otherwise
 * generated once and kept in DATA_DIR/secret (mode 0600), so links survive restarts.
 */
export function loadOrCreateSecret(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `BROWNPAPER_SECRET must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 32).`,
      );
    }
    return Buffer.from(fromEnv, "utf8");
  }
  const path = join(dataDir, SECRET_FILE);
  try {
    writeFileSync(path, randomBytes(SECRET_BYTES).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const stored = readFileSync(path, "utf8").trim();
  if (stored.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${path} holds no usable secret (${stored.length} characters). Delete it to generate a new one; existing links stop working.`,
    );
  }
  return Buffer.from(stored, "utf8");
}
