/** Web Crypto, present in browsers and Node 20 alike. */
declare const crypto: { getRandomValues(array: Uint8Array): Uint8Array };

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A random, URL-safe id such as `step_k3j9x0q2ma`. */
export function newId(prefix: string, length = 10): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${out}`;
}
