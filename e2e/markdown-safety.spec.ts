import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

test("model output with HTML, remote images and javascript: links renders inertly", async ({
  page,
  networkGuard,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const hostile = [
    "echo: <script>window.__pwned = true</script>",
    "",
    '<img src=http://evil.example/pixel.png onerror="window.__pwned = true">',
    "",
    "![tracker](http://evil.example/track.png)",
    "",
    "[click me](javascript:window.__pwned=true)",
    "",
    "[a real link](https://example.org/page)",
  ].join("\n");
  await sendMessage(page, hostile);
  await waitForReply(page);

  const reply = assistantMessages(page).first();
  await expect(reply).toContainText("<script>window.__pwned = true</script>");
  await expect(reply).toContainText("Image not loaded: tracker");
  await expect(reply.locator("script, img, iframe")).toHaveCount(0);
  await expect(reply.getByRole("link", { name: "click me" })).toHaveCount(0);
  await expect(reply.getByText("click me")).toBeVisible();
  const safeLink = reply.getByRole("link", { name: "a real link" });
  await expect(safeLink).toHaveAttribute("rel", /noopener/);

  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(networkGuard.requests.filter((url) => url.includes("evil.example"))).toEqual([]);
});

test("code blocks have a working copy button", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: ```ts\nconst answer = 42;\n```");
  await waitForReply(page);
  await assistantMessages(page).first().getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("const answer = 42;");
});
