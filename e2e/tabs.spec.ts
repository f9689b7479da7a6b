import type { Page } from "@playwright/test";
import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  expectModelReady,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

function busyHeading(page: Page, text: string) {
  return page.getByRole("heading", { name: text });
}

test("one tab runs the model; another can take it over, and conversations stay in sync", async ({
  page: first,
  context,
}) => {
  await openApp(first, { rate: 0 });
  await downloadPreselectedModel(first);
  await sendMessage(first, "echo: hello from the first tab");
  await waitForReply(first);

  const second = await context.newPage();
  await openApp(second, { rate: 0 });
  await expect(busyHeading(second, "The model is busy in another tab")).toBeVisible();
  await expect(assistantMessages(second).first()).toContainText("hello from the first tab");
  await expect(composer(second)).toHaveCount(0);

  await second.getByRole("button", { name: "Use here" }).click();
  await expectModelReady(second);
  await expect(busyHeading(first, "The model was taken over by another tab")).toBeVisible();
  await expect(composer(first)).toHaveCount(0);

  await sendMessage(second, "echo: hello from the second tab");
  await waitForReply(second);
  await expect(assistantMessages(first).nth(1)).toContainText("hello from the second tab");

  // A new conversation started in one tab shows up in the other's list.
  await second.getByRole("button", { name: "New chat" }).click();
  await sendMessage(second, "echo: a brand new topic");
  await waitForReply(second);
  const firstSidebar = first.getByRole("navigation", { name: "Conversations" });
  await expect(
    firstSidebar.getByRole("button", { name: "echo: a brand new topic", exact: true }),
  ).toBeVisible();

  // And back again.
  await first.getByRole("button", { name: "Use here" }).click();
  await expectModelReady(first);
  await expect(busyHeading(second, "The model was taken over by another tab")).toBeVisible();
});

test("a tab waiting for the model gets it when the other tab closes", async ({ page: first, context }) => {
  await openApp(first, { rate: 0 });
  await downloadPreselectedModel(first);
  const second = await context.newPage();
  await openApp(second, { rate: 0 });
  await expect(busyHeading(second, "The model is busy in another tab")).toBeVisible();
  await first.close();
  await expectModelReady(second);
});

test("a newer version opening the database in another tab is never blocked by this one", async ({
  page,
  context,
}) => {
  await openApp(page, { rate: 0 });
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  const other = await context.newPage();
  // A same-origin page that is not the app: the test plays a newer Sigilo upgrading the database.
  await other.goto("/favicon.svg");
  const outcome = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open("sigilo", 1000);
        request.onblocked = () => resolve("blocked");
        request.onsuccess = () => {
          request.result.close();
          resolve("opened");
        };
        request.onerror = () => resolve("error");
      }),
  );
  expect(outcome).toBe("opened");
  await expect(page.getByRole("heading", { name: "Sigilo was updated in another tab" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
});
