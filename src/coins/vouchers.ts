/**
 * Vouchers: anonymous top-ups. A code is 16 characters of Crockford's base 32 (80 random
 * bits), shown in four groups of four; it leaves no letter that reads like another (no I,
 * L, O or U), and typing is forgiving: case, spaces and dashes do not matter, O reads as
 * 0 and I or L as 1. Only a SHA-256 hash of the code is stored; with 80 bits of entropy a
 * hash cannot be walked back. Redeeming is one conditional UPDATE, so of two requests at
 * the same instant exactly one credits, and the credit's idempotency key is the voucher.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";
import { coinErrors } from "./errors.js";
import { getWallet, inTransaction, move } from "./ledger.js";
import { coinsDb } from "./schema.js";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16;
export const MAX_VOUCHER_COINS = 1_000_000;
export const MAX_VOUCHER_COUNT = 10_000;

export function generateVoucherCode(): string {
  const bytes = randomBytes(10); // 80 bits, 5 per character
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = "";
  for (let i = 0; i < LENGTH; i++) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)!.join("-");
}

/** The canonical form of what a person typed, or null when it cannot be a code. */
export function normaliseVoucherCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (s.length !== LENGTH) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}

export function hashVoucherCode(normalised: string): string {
  return createHash("sha256").update(`asclepiad-voucher:${normalised}`).digest("hex");
}

/** Mints `count` single-use codes worth `coins` each, in one transaction; returns the codes. */
export async function createVouchers(
  db: Kysely<Database>,
  input: { coins: number; count: number; now: number },
): Promise<string[]> {
  if (!Number.isSafeInteger(input.coins) || input.coins < 1 || input.coins > MAX_VOUCHER_COINS)
    throw new RangeError(`--coins must be a whole number from 1 to ${MAX_VOUCHER_COINS}.`);
  if (!Number.isSafeInteger(input.count) || input.count < 1 || input.count > MAX_VOUCHER_COUNT)
    throw new RangeError(`--count must be a whole number from 1 to ${MAX_VOUCHER_COUNT}.`);
  const codes = Array.from({ length: input.count }, generateVoucherCode);
  await coinsDb(db)
    .transaction()
    .execute(async (tx) => {
      for (let i = 0; i < codes.length; i += 200) {
        await tx
          .insertInto("vouchers")
          .values(
            codes.slice(i, i + 200).map((code) => ({
              id: randomUUID(),
              code_hash: hashVoucherCode(normaliseVoucherCode(code)!),
              coins: input.coins,
              created_at: input.now,
              redeemed_at: null,
              redeemed_by: null,
            })),
          )
          .execute();
      }
    });
  return codes;
}

/**
 * Redeems a code for the account and returns the new spendable balance. Throws AppError
 * 400 malformed_voucher, unknown_voucher or voucher_already_used.
 */
export async function redeemVoucher(
  db: Kysely<Database>,
  input: { accountId: string; code: string; now: number },
): Promise<{ balance: number; coins: number }> {
  const normalised = normaliseVoucherCode(input.code);
  if (!normalised) throw coinErrors.malformedVoucher();
  const hash = hashVoucherCode(normalised);
  return inTransaction(db, async (tx) => {
    const claimed = await tx
      .updateTable("vouchers")
      .set({ redeemed_at: input.now, redeemed_by: input.accountId })
      .where("code_hash", "=", hash)
      .where("redeemed_at", "is", null)
      .returning(["id", "coins"])
      .executeTakeFirst();
    if (!claimed) {
      const known = await tx
        .selectFrom("vouchers")
        .select("id")
        .where("code_hash", "=", hash)
        .executeTakeFirst();
      throw known ? coinErrors.voucherUsed() : coinErrors.unknownVoucher();
    }
    await move(tx, {
      accountId: input.accountId,
      amount: Number(claimed.coins),
      kind: "voucher",
      counterAccount: "vouchers",
      idempotencyKey: `voucher:${claimed.id}`,
      now: input.now,
    });
    const wallet = await getWallet(tx, input.accountId);
    return { balance: wallet.balance - wallet.held, coins: Number(claimed.coins) };
  });
}
