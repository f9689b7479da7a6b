import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SETTINGS_READABLE_WHILE_LOCKED } from "./settingsReadableWhileLocked";

/** README's "What stays readable while locked" section, whitespace collapsed (Prettier wraps its lines). */
function readmeSection(): string {
  const readme = readFileSync(join(import.meta.dirname, "../../../../README.md"), "utf8");
  const start = readme.indexOf("**What stays readable while locked.**");
  const end = readme.indexOf("\n\n**", start + 1);
  expect(start, "README has a 'What stays readable while locked' section").toBeGreaterThan(-1);
  return readme.slice(start, end).replace(/\s+/g, " ");
}

describe("what stays readable while locked", () => {
  it("is listed in the README exactly as the code keeps it: the same settings, for the same reasons", () => {
    const section = readmeSection();
    const listed = [...section.matchAll(/ - `([\w-]+)` — /g)].map((match) => match[1]);
    expect(listed).toEqual(Object.keys(SETTINGS_READABLE_WHILE_LOCKED));
    for (const [name, reason] of Object.entries(SETTINGS_READABLE_WHILE_LOCKED)) {
      expect(section).toContain(`\`${name}\` — ${reason}.`);
    }
  });
});
