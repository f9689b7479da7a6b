import { readFile } from "node:fs/promises";
import { downloadPreselectedModel, openApp, sendMessage, waitForReply } from "./support/app";
import { expect, test } from "./support/test";

test("when WebGPU goes missing, saved conversations can still be read and exported", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: notes from the meeting");
  await waitForReply(page);

  await openApp(page, { fail: "no-webgpu" });
  await expect(page.getByRole("heading", { name: "WebGPU is not available" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Assistant said" })).toContainText(
    "notes from the meeting",
  );
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveCount(0);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("main").getByRole("button", { name: "Export conversations" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^sigilo-conversations-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.format).toBe("sigilo.conversations");
  expect(exported.conversations).toHaveLength(1);
  expect(exported.conversations[0].messages.map((m: { content: string }) => m.content)).toEqual([
    "echo: notes from the meeting",
    "notes from the meeting",
  ]);
});
