import type { Page } from "@playwright/test";
import { downloadPreselectedModel, openApp, sendMessage } from "./support/app";
import { openChatSettings } from "./support/chatSettings";
import { expect, test } from "./support/test";

const jumpButton = (page: Page) => page.getByRole("button", { name: "Jump to latest" });
const messageList = (page: Page) => page.getByRole("list", { name: "Messages" });

/** The scrolling box around the messages: its position, and how far its end is below what is shown. */
const scrollState = (page: Page) =>
  messageList(page).evaluate((list) => {
    const scroller = list.parentElement!;
    return {
      top: scroller.scrollTop,
      height: scroller.scrollHeight,
      fromBottom: scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight,
    };
  });

test("while a long reply streams, scrolling up stops following it; Jump to latest and the bottom resume", async ({
  page,
}) => {
  test.setTimeout(120_000); // a download and a long streamed reply on a shared 2-core machine
  await openApp(page, { rate: 60, replyTokens: 6000 });
  await downloadPreselectedModel(page);
  // The longest reply allowed (68 s at this pace): at the default 1,024 tokens the reply could end, on a busy
  // machine, before the reader's scrolling below is done.
  const settings = await openChatSettings(page);
  await settings.getByRole("textbox", { name: "Max reply tokens" }).fill("4096");
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await expect(settings).toBeHidden();
  await sendMessage(page, "Write at length");
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  // Following: the reply grows past the window and the view stays at its end; no button is needed.
  await expect.poll(async () => (await scrollState(page)).height, { timeout: 30_000 }).toBeGreaterThan(2_500);
  await expect.poll(async () => (await scrollState(page)).fromBottom).toBeLessThan(4);
  await expect(jumpButton(page)).toBeHidden();

  // The reader scrolls up: the view stays where they put it while the reply goes on growing below.
  const box = (await messageList(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, 300);
  await page.mouse.wheel(0, -700);
  await expect(jumpButton(page)).toBeVisible();
  const reading = await scrollState(page);
  await expect.poll(async () => (await scrollState(page)).height).toBeGreaterThan(reading.height + 400);
  expect(Math.abs((await scrollState(page)).top - reading.top)).toBeLessThan(2);

  // Jump to latest: back at the end, following again, and the button goes away.
  await jumpButton(page).click();
  await expect(jumpButton(page)).toBeHidden();
  const jumped = await scrollState(page);
  await expect.poll(async () => (await scrollState(page)).height).toBeGreaterThan(jumped.height + 200);
  await expect.poll(async () => (await scrollState(page)).fromBottom).toBeLessThan(4);

  // Scrolling back down to the end by hand resumes following too.
  await page.mouse.wheel(0, -700);
  await expect(jumpButton(page)).toBeVisible();
  await expect(async () => {
    await page.mouse.wheel(0, 5_000);
    await expect(jumpButton(page)).toBeHidden({ timeout: 500 });
  }).toPass();
  const resumed = await scrollState(page);
  await expect.poll(async () => (await scrollState(page)).height).toBeGreaterThan(resumed.height + 200);
  await expect.poll(async () => (await scrollState(page)).fromBottom).toBeLessThan(4);
});
