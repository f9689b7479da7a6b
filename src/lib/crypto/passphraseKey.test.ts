import { describe, expect, it } from "vitest";
import { DecryptionFailed, deriveKey, isSealed, newKeyDerivation, openJson, sealJson } from "./passphraseKey";

// Few iterations keep the tests fast; the iteration count is a parameter, not part of the logic under test.
const derivation = newKeyDerivation(1_000);
const secret = { title: "Contract with ACME", notes: ["clause 4.2", "päß ✓"] };

describe("passphrase encryption", () => {
  it("uses at least 600,000 PBKDF2 iterations and a 16-byte random salt by default", () => {
    const first = newKeyDerivation();
    expect(first.iterations).toBeGreaterThanOrEqual(600_000);
    expect(first.salt).toHaveLength(16);
    expect(first.salt).not.toEqual(newKeyDerivation().salt);
  });

  it("round-trips a value, and the ciphertext does not contain the text", async () => {
    const key = await deriveKey("correct horse", derivation);
    const sealed = await sealJson(key, secret, "messages:m1");
    expect(isSealed(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed.data)).not.toContain("ACME");
    expect(await openJson(key, sealed, "messages:m1")).toEqual(secret);
  });

  it("uses a fresh IV each time, so equal values encrypt differently", async () => {
    const key = await deriveKey("correct horse", derivation);
    const a = await sealJson(key, secret, "c");
    const b = await sealJson(key, secret, "c");
    expect(a.iv).not.toEqual(b.iv);
    expect(new Uint8Array(a.data)).not.toEqual(new Uint8Array(b.data));
  });

  it("derives the same key from the same passphrase and salt", async () => {
    const sealed = await sealJson(await deriveKey("correct horse", derivation), secret, "c");
    expect(await openJson(await deriveKey("correct horse", derivation), sealed, "c")).toEqual(secret);
  });

  it("fails with a wrong passphrase, or the right one with another salt", async () => {
    const sealed = await sealJson(await deriveKey("correct horse", derivation), secret, "c");
    await expect(openJson(await deriveKey("correct hors", derivation), sealed, "c")).rejects.toThrow(
      DecryptionFailed,
    );
    const otherSalt = newKeyDerivation(1_000);
    await expect(openJson(await deriveKey("correct horse", otherSalt), sealed, "c")).rejects.toThrow(
      DecryptionFailed,
    );
  });

  it("detects a changed ciphertext, IV or context", async () => {
    const key = await deriveKey("correct horse", derivation);
    const sealed = await sealJson(key, secret, "messages:m1");
    const flipped = new Uint8Array(sealed.data.slice(0));
    flipped[3]! ^= 1;
    await expect(openJson(key, { ...sealed, data: flipped.buffer }, "messages:m1")).rejects.toThrow(
      DecryptionFailed,
    );
    const iv = sealed.iv.slice();
    iv[0]! ^= 1;
    await expect(openJson(key, { ...sealed, iv }, "messages:m1")).rejects.toThrow(DecryptionFailed);
    // The same ciphertext copied onto another record does not open there.
    await expect(openJson(key, sealed, "messages:m2")).rejects.toThrow(DecryptionFailed);
  });

  it("treats a truncated ciphertext as tampered", async () => {
    const key = await deriveKey("correct horse", derivation);
    const sealed = await sealJson(key, secret, "c");
    await expect(openJson(key, { ...sealed, data: sealed.data.slice(0, 10) }, "c")).rejects.toThrow(
      DecryptionFailed,
    );
  });
});
