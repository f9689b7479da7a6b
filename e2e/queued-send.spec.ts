import type { Page } from "@playwright/test";
import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  expectModelReady,
  modelsRegion,
  openApp,
  sendMessage,
  userMessages,
  waitForReply,
} from "./support/app";
import { appUrl, expect, test } from "./support/test";
import { sidebar } from "./support/transfer";

// The composer works while a model loads: a message sent then is saved at once, says it waits, and is
// answered when the model is ready. The fixture engine's load is slowed with downloadMs and gpuMs.

function waitingNote(page: Page) {
  return page.getByRole("status").filter({ hasText: /^Will be answered when .+ is ready\.$/ });
}

function notAnswered(page: Page, text: string | RegExp) {
  return page.getByRole("status").filter({ hasText: text });
}

function loadingStatus(page: Page) {
  return page.getByText(/ · loading…$/);
}

async function openConversation(page: Page, title: string): Promise<void> {
  await sidebar(page).getByRole("button", { name: title, exact: true }).click();
}

async function startDownload(page: Page): Promise<void> {
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expect(loadingStatus(page)).toBeVisible();
}

test("a message sent while the model loads waits, visibly, and is answered once the model is ready", async ({
  page,
}) => {
  test.slow(); // slowed loads, on purpose
  await openApp(page, { downloadMs: 3000, gpuMs: 6000, rate: 0 });
  await startDownload(page);
  await expect(composer(page)).toBeEnabled();
  await expect(composer(page)).toHaveAttribute(
    "placeholder",
    /^Write now: it will be answered when .+ is ready$/,
  );

  await sendMessage(page, "echo: written while loading");
  await expect(userMessages(page)).toHaveText([/written while loading/]);
  await expect(waitingNote(page)).toBeVisible();
  // A second message while one waits is saved after it; the one reply reads both.
  await sendMessage(page, "echo: and a second thought");
  await expect(userMessages(page)).toHaveCount(2);
  await expect(waitingNote(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toHaveCount(0);
  await expect(loadingStatus(page)).toBeVisible();

  await expectModelReady(page, 30_000);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).first()).toContainText("and a second thought");
  await waitForReply(page);
  await expect(waitingNote(page)).toHaveCount(0);

  // Saved like any message: after a reload the conversation holds both messages and one reply.
  await page.reload();
  await openConversation(page, "echo: written while loading");
  await expect(userMessages(page)).toHaveCount(2);
  await expect(assistantMessages(page)).toHaveCount(1);
});

test("Don't answer keeps the message unanswered; Answer replies to it later", async ({ page }) => {
  await openApp(page, { downloadMs: 1000, gpuMs: 5000, rate: 0 });
  await startDownload(page);
  await sendMessage(page, "echo: maybe later");
  await expect(waitingNote(page)).toBeVisible();
  await page.getByRole("button", { name: "Don't answer" }).click();
  await expect(notAnswered(page, "Not answered: you chose not to wait for the model.")).toBeVisible();

  await expectModelReady(page, 30_000);
  // Had it been answered anyway, the message would not be the last one and Answer would be gone.
  await page.getByRole("button", { name: "Answer", exact: true }).click();
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).first()).toContainText("maybe later");
  await expect(page.getByRole("button", { name: "Answer", exact: true })).toHaveCount(0);
});

test("a cancelled download leaves the message with a note; it is answered once a model is loaded", async ({
  page,
}) => {
  test.slow(); // slowed loads, on purpose
  await openApp(page, { downloadMs: 8000, rate: 0 });
  await startDownload(page);
  await sendMessage(page, "echo: still there?");
  await expect(waitingNote(page)).toBeVisible();
  await page.getByRole("button", { name: "Cancel download" }).click();

  await expect(notAnswered(page, /^Not answered: loading the model was stopped\./)).toBeVisible();
  await expect(userMessages(page)).toHaveText([/still there\?/]);
  // No model: nothing can wait for one, and the composer says what to do.
  await expect(page.getByRole("button", { name: "Answer", exact: true })).toBeDisabled();
  await expect(composer(page)).toBeDisabled();
  await expect(composer(page)).toHaveAttribute("placeholder", "Load a model to chat");

  await page.getByRole("button", { name: "Choose a model" }).click();
  await modelsRegion(page)
    .getByRole("button", { name: /^(Download|Load) / })
    .first()
    .click();
  await expectModelReady(page, 30_000);
  await page.getByRole("button", { name: "Answer", exact: true }).click();
  await waitForReply(page);
  await expect(assistantMessages(page).first()).toContainText("still there?");
});

test("a load that fails leaves the message with a note; Retry, then Answer", async ({ page }) => {
  // The first engine worker hangs on the GPU; the page gives up after 3 s.
  await openApp(page, { downloadMs: 0, fail: "gpu-hang", failCount: 1, engineTimeoutMs: 3000, rate: 0 });
  await startDownload(page);
  await sendMessage(page, "echo: after the failure");
  await expect(waitingNote(page)).toBeVisible();

  const failure = page.getByRole("alert").filter({ hasText: "The engine stopped responding" });
  await expect(failure).toBeVisible({ timeout: 15_000 });
  await expect(notAnswered(page, /^Not answered: the model did not load\./)).toBeVisible();
  await failure.getByRole("button", { name: "Retry" }).click();
  await expectModelReady(page);
  await expect(assistantMessages(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Answer", exact: true }).click();
  await waitForReply(page);
  await expect(assistantMessages(page).first()).toContainText("after the failure");
});

test("a new chat started while a message waits does not stop its answer", async ({ page }) => {
  await openApp(page, { downloadMs: 1000, gpuMs: 5000, rate: 0 });
  await startDownload(page);
  await sendMessage(page, "echo: answer me in my own chat");
  await expect(waitingNote(page)).toBeVisible();
  await page.getByRole("button", { name: "New chat" }).click();
  await expect(userMessages(page)).toHaveCount(0);

  await expectModelReady(page, 30_000);
  await openConversation(page, "echo: answer me in my own chat");
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).first()).toContainText("answer me in my own chat");
});

test("a reload while a message waits keeps it, not answered, and it is answered once on Answer", async ({
  page,
}) => {
  test.slow(); // slowed loads, on purpose
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  // Start-up loads the stored model by itself; this time slowly.
  await page.goto(appUrl({ downloadMs: 0, gpuMs: 6000, rate: 0 }));
  await expect(loadingStatus(page)).toBeVisible();
  await sendMessage(page, "echo: through a reload");
  await expect(waitingNote(page)).toBeVisible();

  await page.reload();
  await openConversation(page, "echo: through a reload");
  await expect(userMessages(page)).toHaveText([/through a reload/]);
  await expect(notAnswered(page, "Not answered yet.")).toBeVisible();
  await expectModelReady(page, 30_000);
  // The reloaded page does not answer it by itself (so two starts can never answer it twice).
  await expect(assistantMessages(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Answer", exact: true }).click();
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);

  await page.reload();
  await openConversation(page, "echo: through a reload");
  await expect(userMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toHaveCount(1);
});

test("when another tab takes the model, the waiting message says so and is answered there", async ({
  page: first,
  context,
}) => {
  test.slow(); // slowed loads, on purpose
  await openApp(first, { rate: 0 });
  await downloadPreselectedModel(first);
  await first.goto(appUrl({ downloadMs: 0, gpuMs: 8000, rate: 0 }));
  await expect(loadingStatus(first)).toBeVisible();
  await sendMessage(first, "echo: from the first tab");
  await expect(waitingNote(first)).toBeVisible();

  const second = await context.newPage();
  await second.goto(appUrl({ downloadMs: 0, gpuMs: 0, rate: 0 }));
  await second.getByRole("button", { name: "Use here" }).click();
  await expect(
    first.getByText("Not answered: another tab took over the model.", { exact: true }),
  ).toBeVisible();

  await expectModelReady(second);
  await openConversation(second, "echo: from the first tab");
  await second.getByRole("button", { name: "Answer", exact: true }).click();
  await waitForReply(second);
  await expect(assistantMessages(second).first()).toContainText("from the first tab");
  await expect(assistantMessages(first).first()).toContainText("from the first tab");
});
