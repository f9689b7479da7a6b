/**
 * Measures how long an offline reload takes to become interactive, once, in real Chromium: the app
 * is opened, a model "downloaded" (fixture build) and the service worker left in control; then the
 * network goes off and the page reloads. Reports, from navigation start: first paint of the app shell
 * (the Sigilo brand visible), and interactive (the model reloaded from storage and the Message box enabled).
 *
 *   npx vite build --mode fixture && npx vite preview --mode fixture --port 4320 &
 *   node scripts/measure-offline-reload.mjs http://localhost:4320
 */
import { chromium } from "@playwright/test";

const origin = process.argv[2] ?? "http://localhost:4320";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--enable-unsafe-webgpu", "--disable-background-networking", "--no-sandbox"],
});
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${origin}/?fixture-download-ms=300&fixture-rate=0`);
await page.getByRole("button", { name: /^Download / }).click();
await page.getByRole("textbox", { name: "Message" }).waitFor();
await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

await context.setOffline(true);
await page.reload({ waitUntil: "commit" });
const marks = await page.evaluate(
  () =>
    new Promise((resolve) => {
      const check = () => {
        const brand = document.querySelector(".brand");
        const message = document.querySelector("textarea:not([disabled])");
        if (brand && !performance.getEntriesByName("shell").length) performance.mark("shell");
        if (message) {
          performance.mark("interactive");
          const at = (name) => Math.round(performance.getEntriesByName(name)[0].startTime);
          const navigation = performance.getEntriesByType("navigation")[0];
          resolve({
            shellMs: at("shell"),
            interactiveMs: at("interactive"),
            domContentLoadedMs: Math.round(navigation.domContentLoadedEventEnd),
            servedByServiceWorker: navigation.workerStart > 0,
          });
        } else requestAnimationFrame(check);
      };
      check();
    }),
);
console.log(JSON.stringify(marks));
await browser.close();
