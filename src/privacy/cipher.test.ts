import { describe, expect, it } from "vitest";
import { AccountCipher, newDataKey, wrapDataKey } from "./cipher.js";

describe("AccountCipher", () => {
  const cipher = new AccountCipher("account-1", newDataKey());

  it("opens what it sealed, whatever the text", () => {
    for (const text of [
      "",
      "a",
      "I keep cancelling my sessions.",
      "héllo wörld ✓ 😀".repeat(20),
      "x".repeat(5000),
    ])
      expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
  });

  it("gives every seal its own 12-byte IV, across many draws of random bytes", () => {
    // 256 IVs come from each draw: 2,000 seals take eight, and every text still opens after.
    const sealed = Array.from({ length: 2_000 }, (_, i) => cipher.encrypt(`text ${i}`));
    const ivs = sealed.map((s) => s.split(".")[1]!);
    expect(new Set(ivs).size).toBe(sealed.length);
    for (const iv of ivs) expect(Buffer.from(iv, "base64url")).toHaveLength(12);
    sealed.forEach((s, i) => expect(cipher.decrypt(s)).toBe(`text ${i}`));
    const wrapped = wrapDataKey(newDataKey(), newDataKey(), "account-1");
    expect(Buffer.from(wrapped.split(".")[2]!, "base64url")).toHaveLength(12);
  });

  it("ignores anything after a further dot, as the sealed format always has", () => {
    expect(cipher.decrypt(`${cipher.encrypt("kept")}.extra`)).toBe("kept");
  });

  it("refuses texts that are not sealed, sealed for another account, or tampered with", () => {
    const sealed = cipher.encrypt("private");
    const [, iv, tag, ct] = sealed.split(".");
    for (const bad of [
      "",
      "v1",
      "v1.",
      "v1..",
      "v1...",
      `v2.${iv}.${tag}.${ct}`,
      `xv1.${iv}.${tag}.${ct}`,
      `v1a.${iv}.${tag}.${ct}`,
      `v1..${tag}.${ct}`,
      `v1.${iv}..${ct}`,
      `v1.${iv}.${tag}`,
    ])
      expect(() => cipher.decrypt(bad), bad).toThrow("Unrecognised sealed text.");
    expect(() => cipher.decrypt(`v1.${iv}.${tag}.${ct!.slice(0, -2)}AA`)).toThrow();
    expect(() => new AccountCipher("account-2", newDataKey()).decrypt(sealed)).toThrow();
  });
});
