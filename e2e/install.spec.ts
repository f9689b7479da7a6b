import { openApp } from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { closeSettings, openSettings, settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";

test("Sigilo meets Chrome's install criteria: a valid manifest and a service worker in control", async ({
  page,
  context,
}) => {
  await openApp(page);
  await waitForServiceWorkerControl(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/serviceWorker\.js$/,
  );

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito-like, where Chrome never installs apps; every other criterion must hold.
  expect(installabilityErrors.filter((error) => error.errorId !== "in-incognito")).toEqual([]);
  const { url, errors, data } = await cdp.send("Page.getAppManifest");
  expect(errors).toEqual([]);
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  const manifest = JSON.parse(data!) as {
    name: string;
    short_name: string;
    display: string;
    theme_color: string;
    background_color: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: "Sigilo — private AI chat",
    short_name: "Sigilo",
    display: "standalone",
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? "any"}`)).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  // Each icon is a PNG of the size it claims (width and height sit in the PNG header).
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const bytes = new DataView(await (await fetch(src)).arrayBuffer());
      const isPng = bytes.getUint32(0) === 0x89504e47;
      return isPng ? `${bytes.getUint32(16)}x${bytes.getUint32(20)}` : "not a PNG";
    }, icon.src);
    expect(size, icon.src).toBe(icon.sizes);
  }
});

test("an Install button appears when the browser offers installation, and asks the browser", async ({
  page,
}) => {
  await openApp(page);
  const install = page.getByRole("button", { name: "Install app" });
  // The sidebar is drawn (its way into Settings, and Privacy within), and no Install button yet.
  await expect(page.getByRole("button", { name: "Settings", exact: true })).toBeVisible();
  await openSettings(page, "Privacy");
  await expect(settingsDialog(page).getByRole("button", { name: "Privacy" })).toBeVisible();
  await closeSettings(page);
  await expect(install).toHaveCount(0);

  // Headless Chromium never offers installation by itself, so the test plays the browser's part.
  await page.evaluate(() => {
    const offer = Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
      prompt: async () => void ((window as { prompted?: number }).prompted = 1),
      userChoice: Promise.resolve({ outcome: "accepted" }),
    });
    window.dispatchEvent(offer);
  });
  await install.click();
  expect(await page.evaluate(() => (window as { prompted?: number }).prompted)).toBe(1);
  // An offer can be used once; the button goes away.
  await expect(install).toHaveCount(0);
});
