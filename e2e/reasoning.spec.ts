import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  downloadPreselectedModelInPortuguese,
  expectModelReady,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

/** A reasoning model's reply, as Qwen3 writes it: its thinking between tags, then the answer. */
const THOUGHTS = Array.from({ length: 40 }, (_, index) => `step${index + 1}`).join(" ");
const REASONED = `echo: <think>\nCounting the letters: ${THOUGHTS}\n</think>\n\nThe answer is **3**.`;

async function startChatting(page: Page, rate: number) {
  await openApp(page, { rate });
  await downloadPreselectedModel(page);
  await expectModelReady(page);
}

test("a reasoning model's thinking shows open while it thinks, folds away with its time when the answer starts, and is not sent back", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await startChatting(page, 10); // 40-odd words of thinking: about four seconds of it
  await sendMessage(page, REASONED);
  const reply = assistantMessages(page).first();

  const thinking = reply.getByRole("button", { name: "Thinking…" });
  await expect(thinking).toHaveAttribute("aria-expanded", "true");
  await expect(reply.getByText(/Counting the letters: step1/)).toBeVisible();

  const thought = reply.getByRole("button", { name: /^Thought for \d+ s$/ });
  await expect(thought).toHaveAttribute("aria-expanded", "false", { timeout: 15_000 });
  await expect(reply.getByText("The answer is 3.")).toBeVisible();
  await expect(reply.getByText(/Counting the letters/)).toBeHidden();
  await expect(reply).not.toContainText("<think>");
  await expect(reply).not.toContainText("</think>");
  await waitForReply(page);
  // Measured while it streamed: about four seconds (more on a busy machine, never nothing).
  const seconds = Number(/\d+/.exec((await thought.textContent())!)![0]);
  expect(seconds).toBeGreaterThanOrEqual(2);

  // The person can open it, and it stays as they left it.
  await thought.click();
  await expect(thought).toHaveAttribute("aria-expanded", "true");
  await expect(reply.getByText(/step40/)).toBeVisible();

  // Stored with its time: a reload shows the same.
  await page.reload();
  await expectModelReady(page);
  const reloaded = assistantMessages(page).first();
  await expect(reloaded.getByRole("button", { name: `Thought for ${seconds} s` })).toHaveAttribute(
    "aria-expanded",
    "false",
  );

  // The next turn sends the earlier reply as its answer only, as Qwen3's chat template expects.
  await sendMessage(page, "echo-request: and in raspberry?");
  await waitForReply(page);
  const request = assistantMessages(page).last();
  await expect(request).toContainText('{"role":"assistant","content":"The answer is **3**."}');
  await expect(request).not.toContainText('"role":"assistant","content":"<think>');
});

test("several thinking blocks, a reply that is only thinking, and one stopped while thinking", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await startChatting(page, 0);
  await sendMessage(
    page,
    "echo: <think>First thought</think>\nPart one.\n<think>Second thought</think>\nPart two.",
  );
  await waitForReply(page);
  const several = assistantMessages(page).first();
  await expect(several.getByRole("button", { name: /^Thought for \d+ s$/ })).toHaveCount(2);
  await expect(several.getByText("Part one.")).toBeVisible();
  await expect(several.getByText("Part two.")).toBeVisible();
  await expect(several.getByText("Second thought")).toBeHidden();

  // Nothing but thinking: shown open, or the reply would look empty.
  await sendMessage(page, "echo: <think>Only pondering, no answer.</think>");
  await waitForReply(page);
  const only = assistantMessages(page).nth(1);
  await expect(only.getByRole("button", { name: /^Thought for \d+ s$/ })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(only.getByText("Only pondering, no answer.")).toBeVisible();

  // Copy takes the answer, not the thinking.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await several.getByRole("button", { name: "Copy", exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe("Part one.\n\nPart two.");
});

test("a reply stopped while thinking keeps what was thought, open, without a time", async ({ page }) => {
  test.setTimeout(60_000);
  await startChatting(page, 5);
  await sendMessage(page, `echo: <think>${THOUGHTS} ${THOUGHTS}`);
  const reply = assistantMessages(page).first();
  await expect(reply.getByRole("button", { name: "Thinking…" })).toBeVisible();
  await expect(reply.getByText(/step2\b/)).toBeVisible();
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await waitForReply(page);
  const stopped = reply.getByRole("button", { name: "Thinking", exact: true });
  await expect(stopped).toHaveAttribute("aria-expanded", "true");
  await expect(reply.getByText(/step1 step2/)).toBeVisible();
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the thinking section speaks Portuguese", async ({ page }) => {
    await openApp(page, { rate: 0 });
    await downloadPreselectedModelInPortuguese(page);
    await page.getByRole("textbox", { name: "Mensagem" }).fill("echo: <think>Pensando bem</think>\n\nTrês.");
    await page.getByRole("textbox", { name: "Mensagem" }).press("Enter");
    const reply = page.getByRole("listitem", { name: "O assistente disse" }).first();
    await expect(reply.getByRole("button", { name: /^Pensou por \d+ s$/ })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await expect(reply.getByText("Três.")).toBeVisible();
  });
});
