import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../../../test/fuzz";
import { isIdleMinutes, MAX_ITERATIONS, MIN_ITERATIONS, readVaultConfig } from "./vaultConfig";

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -1, 1e12, 1e300, Number.NaN, Infinity, MIN_ITERATIONS, MAX_ITERATIONS, 600_000),
);
const anyValue = fc.oneof(anyNumber, fc.string(), fc.constant(null), fc.constant(undefined), fc.boolean());
const bytes = (min: number, max: number) => fc.integer({ min, max }).map((length) => new Uint8Array(length));

/** Lock settings near a real record, each field possibly damaged. */
const lockSettings = fc.record({
  version: fc.oneof(fc.constant(1), anyValue),
  derivation: fc.oneof(
    fc.record({
      name: fc.oneof(fc.constant("PBKDF2"), anyValue),
      hash: fc.oneof(fc.constant("SHA-256"), anyValue),
      iterations: anyNumber,
      salt: fc.oneof(bytes(0, 100), anyValue),
    }),
    anyValue,
  ),
  keyCheck: fc.oneof(
    fc.record({ iv: bytes(12, 12), data: fc.constant(new ArrayBuffer(32)) }),
    fc.record({ iv: bytes(0, 20), data: anyValue }),
    anyValue,
  ),
  idleMinutes: anyNumber,
});

describe("reading the lock settings (fuzz)", () => {
  it("never throws, never reads a stored record as off, and lets through only bounded parameters", () => {
    fc.assert(
      fc.property(fc.oneof(lockSettings, fc.anything()), (stored) => {
        const reading = readVaultConfig(stored);
        if (stored !== undefined) expect(reading.state).not.toBe("off");
        if (reading.state !== "on") return;
        const { iterations, salt } = reading.config.derivation;
        expect(Number.isInteger(iterations)).toBe(true);
        expect(iterations).toBeGreaterThanOrEqual(MIN_ITERATIONS);
        expect(iterations).toBeLessThanOrEqual(MAX_ITERATIONS);
        expect(salt.length).toBeGreaterThanOrEqual(16);
        expect(salt.length).toBeLessThanOrEqual(64);
        expect(isIdleMinutes(reading.config.idleMinutes)).toBe(true);
      }),
      fuzzParameters(),
    );
  });
});
