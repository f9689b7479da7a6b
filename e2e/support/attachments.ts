import type { Page } from "@playwright/test";

/** Where the fake model host serves the search (embedding) model's files. */
export const SEARCH_MODEL_FILES = "/mlc-ai/snowflake-arctic-embed-s-q0f32-MLC/";

/** A file as a test hands it to the browser's file chooser. */
export interface FileToAttach {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Attaches files the way a user does: Attach files, then the browser's file chooser. */
export async function attachFiles(page: Page, files: FileToAttach[]): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Attach files" }).click();
  await (await chooser).setFiles(files);
}

/** The open chat's attached documents, one list item each. */
export function attachedDocuments(page: Page) {
  return page.getByRole("list", { name: "Attached documents" }).getByRole("listitem");
}

/** A handbook far longer than a prompt holds (some 4,000 tokens), with one fact in its 23rd section. */
export function handbook(): FileToAttach {
  const sections = Array.from({ length: 40 }, (_, index) => {
    const n = index + 1;
    const body =
      n === 23
        ? "The boiler pressure must stay below 2.5 bar at all times."
        : `Routine ${n} covers the checklist of area ${n}: inspect, record and sign the sheet of area ${n} ` +
          `before the shift of team ${n} ends, and report anything unusual about area ${n} to the supervisor.`;
    return `# Section ${n}\n\n${body} ${"Filler about nothing in particular. ".repeat(8)}`;
  });
  return { name: "handbook.md", mimeType: "text/markdown", buffer: Buffer.from(sections.join("\n\n")) };
}
