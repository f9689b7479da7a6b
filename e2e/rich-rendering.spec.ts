import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

test("code is highlighted and math typeset from local assets, within the CSP", async ({
  page,
  networkGuard,
}) => {
  // Collect CSP violations: KaTeX's styles and fonts must load from our own origin under the strict policy.
  await page.addInitScript(() => {
    (window as unknown as { __cspViolations: string[] }).__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(
    page,
    [
      "echo: Euler: $e^{i\\pi} + 1 = 0$, and it costs $5 and $10.",
      "",
      "$$",
      "\\int_0^1 x^2\\,dx = \\frac{1}{3}",
      "$$",
      "",
      "```python",
      "def area(r):",
      "    return 3.14 * r ** 2",
      "```",
    ].join("\n"),
  );
  await waitForReply(page);
  const reply = assistantMessages(page).first();

  // Inline and display math, rendered as MathML for assistive technology too.
  await expect(reply.getByRole("math")).toHaveCount(2);
  await expect(reply).toContainText("it costs $5 and $10.");
  // The code block keeps its label, copy button and exact text, now in coloured tokens.
  await expect(reply.getByText("python", { exact: true })).toBeVisible();
  await expect(reply.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(reply.getByRole("code")).toHaveText("def area(r):\n    return 3.14 * r ** 2\n");
  const keywordColour = await reply
    .getByText("def", { exact: true })
    .evaluate((element) => getComputedStyle(element).color);
  const plainColour = await reply
    .getByText("area", { exact: true })
    .evaluate((element) => getComputedStyle(element.closest("code")!).color);
  expect(keywordColour).not.toBe(plainColour);

  // KaTeX fonts came from this origin and nothing was blocked.
  await expect.poll(() => page.evaluate(() => document.fonts.check("16px KaTeX_Main"))).toBe(true);
  expect(networkGuard.requests.some((url) => /\/assets\/KaTeX_[\w-]+\.woff2$/.test(url))).toBe(true);
  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([]);
});

test("a reply without code or math does not load the highlighter or KaTeX", async ({ page }) => {
  // What the page itself loads: the service worker's precache (for offline use) fetches every file once,
  // and those requests are not the page loading them.
  const pageRequests: string[] = [];
  page.on("request", (request) => {
    if (!request.serviceWorker()) pageRequests.push(request.url());
  });
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: Just **words**, a table\n\n| a | b |\n|---|---|\n| 1 | 2 |");
  await waitForReply(page);
  await expect(assistantMessages(page).first().getByRole("table")).toBeVisible();
  expect(pageRequests.filter((url) => /highlighter|math|KaTeX/.test(url))).toEqual([]);
});

test("a formula written alone on a line between $$ is displayed, as one between \\[ \\] is", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(
    page,
    "echo: The sum:\n\n$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$\n\nand the same:\n\n\\[\\sum_{k=1}^{n} k\\]\n\nInline, $$x^2$$ stays small.",
  );
  await waitForReply(page);
  const formulas = assistantMessages(page).first().getByRole("math");
  await expect(formulas).toHaveCount(3);
  // MathML says how each is shown: the two on their own lines as blocks, the one in the sentence in its flow.
  const shown = await formulas.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("display")));
  expect(shown).toEqual(["block", "block", null]);
});
