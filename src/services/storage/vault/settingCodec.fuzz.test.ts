import fc from "fast-check";
import { describe, it } from "vitest";
import { deriveKey, newKeyDerivation } from "../../../lib/crypto/passphraseKey";
import { fuzzParameters } from "../../../test/fuzz";
import { isSealedSetting } from "./sealedRecords";
import { createSettingCodec } from "./settingCodec";

describe("the setting codec (fuzz)", () => {
  it("gives back, under the key, whatever JSON a setting held, and never stores a personal one readable", async () => {
    const key = await deriveKey("correct horse", newKeyDerivation(1_000));
    const codec = createSettingCodec(() => ({ key, sealWrites: true }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "systemPromptPresets",
          "lastModelId",
          "modelsLastUsed",
          "customModels",
          "anyNewSetting",
        ),
        fc.jsonValue(),
        async (name, value) => {
          const stored = await codec.encode(name, value);
          // Stored as ciphertext alone: the sealed box, nothing beside it.
          if (!isSealedSetting(stored)) throw new Error(`${name} was stored as ${JSON.stringify(stored)}`);
          const text = JSON.stringify(value);
          const back = await codec.decode(name, stored);
          if (JSON.stringify(back) !== JSON.stringify(JSON.parse(text))) {
            throw new Error(`${name}: ${text} came back as ${JSON.stringify(back)}`);
          }
        },
      ),
      fuzzParameters({ numRuns: 50 }),
    );
  });
});
