/**
 * Account keys: the only way back into an anonymous account. 100 random bits written as 20
 * characters of Crockford's base32 (no I, L, O or U, so nothing is easy to misread) in five
 * groups of four, e.g. "7K2M-QX9D-..." — easy to copy, and possible to write down by hand.
 * A typed key is read forgivingly: spaces, dashes and letter case are ignored, and the
 * letters people confuse with digits (O, I, L) are read as the digits.
 */
import { createHmac, randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const KEY_LENGTH = 20;

export function generateAccountKey(): string {
  const bytes = randomBytes(KEY_LENGTH);
  let out = "";
  // 32 divides 256, so taking each byte mod 32 is uniform: 5 random bits per character.
  for (const b of bytes) out += ALPHABET[b % 32];
  return out.match(/.{4}/g)!.join("-");
}

/** The canonical form of a typed key, or undefined when it cannot be a whole key. */
export function normaliseAccountKey(typed: string): string | undefined {
  const compact = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (compact.length !== KEY_LENGTH) return undefined;
  for (const ch of compact) if (!ALPHABET.includes(ch)) return undefined;
  return compact;
}

/** The keyed hash stored instead of the key: a stolen database alone cannot log anyone in. */
export function hashAccountKey(secret: string, canonicalKey: string): string {
  return createHmac("sha256", secret).update(`account-key:${canonicalKey}`).digest("base64url");
}
