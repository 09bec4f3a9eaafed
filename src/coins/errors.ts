/**
 * The coins area's errors, with stable codes and words a person can act on. None of them
 * blames the person, and each says that help stays free and what they wrote is kept.
 */
import { AppError } from "../errors.js";

export const coinErrors = {
  insufficientCoins: (price: number, spendable: number) =>
    new AppError(
      402,
      "insufficient_coins",
      `Maia's reply costs ${plural(price, "coin")} and you have ${plural(spendable, "coin")} to spend. ` +
        "Your message is kept: top up on the Coins page, then ask Maia to answer it. Help and the helplines are always free.",
    ),
  trialDailyLimit: (cap: number, resetsAt: number, now: number) => {
    const seconds = Math.max(1, Math.ceil((resetsAt - now) / 1000));
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.ceil((seconds % 3600) / 60);
    const wait = hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
    return new AppError(
      429,
      "trial_daily_limit",
      `You have had today's ${plural(cap, "free reply", "free replies")} from Maia in your trial. ` +
        `They start again at midnight UTC (${new Date(resetsAt).toISOString().slice(0, 16).replace("T", " ")} UTC, in about ${wait}). ` +
        "Your message is kept, and help and the helplines are always free.",
      { "retry-after": String(seconds) },
    );
  },
  malformedVoucher: () =>
    new AppError(
      400,
      "malformed_voucher",
      "That does not look like a whole voucher code: it has 16 letters and digits, usually in four groups of four.",
    ),
  unknownVoucher: () =>
    new AppError(400, "unknown_voucher", "That voucher code was not found. Check it and try again."),
  voucherUsed: () =>
    new AppError(400, "voucher_already_used", "That voucher has already been used. Each code works once."),
  tooManyRedemptions: (retryAfterSeconds: number) =>
    new AppError(
      429,
      "too_many_voucher_attempts",
      `Too many voucher tries. Please wait ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s) and try again.`,
      { "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    ),
  paymentsOff: () =>
    new AppError(404, "payments_not_configured", "Card payments are not offered here. Vouchers still work."),
  unknownPack: () =>
    new AppError(400, "unknown_pack", "That coin pack is not on offer. Choose one of the packs listed."),
  invalidSignature: () => new AppError(400, "invalid_signature", "The webhook's signature did not verify."),
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
