import type { Page } from "@playwright/test";
import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  modelsRegion,
  openApp,
  userMessages,
} from "./support/app";
import { appUrl, expect, test } from "./support/test";
import { closeSettings, openSettings } from "./support/settings";
import { lockScreen, setLock } from "./support/vault";

// The first screen is index.html's own (public/boot-shell.js fills it in): for a returning user it holds a
// message box to write in while the app's script loads and starts. Here the app's script is held back, so that
// moment lasts as long as the test needs. Without the service worker, so the script's request can be held.
test.use({ serviceWorkers: "block" });

/** Holds back the app's script (the entry chunk) on the next load, until `release`. */
async function holdAppScript(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

function newChatButton(page: Page) {
  return page.getByRole("button", { name: "New chat" });
}

test("a returning user writes and sends before the app has started, and loses nothing", async ({ page }) => {
  await openApp(page);
  await downloadPreselectedModel(page);
  const app = await holdAppScript(page);
  await page.reload({ waitUntil: "commit" });

  const box = composer(page);
  await expect(box).toBeEnabled();
  await expect(box).toHaveAttribute("placeholder", /^Write now: it will be answered when .+ is ready$/);
  // Only the first screen so far: the app's own controls are not there.
  await expect(newChatButton(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();

  await box.fill("echo: written before the app started");
  await box.press("Shift+Enter");
  await box.pressSequentially("on two lines");
  await box.press("Enter");
  await expect(box).toHaveValue("");
  await box.fill("a second thought");
  await box.press("Home");

  app.release();
  await expect(newChatButton(page)).toBeVisible();
  await expect(userMessages(page)).toHaveCount(1);
  await expect(userMessages(page).first()).toContainText("written before the app started");
  await expect(userMessages(page).first()).toContainText("on two lines");
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).first()).toContainText("written before the app started");
  // What was being written is in the app's box, with the caret where it was.
  await expect(composer(page)).toHaveValue("a second thought");
  await expect(composer(page)).toBeFocused();
  expect(await composer(page).evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(0);
  await expect(page.locator("#boot-shell")).toHaveCount(0);
});

test("the first screen speaks the user's language and wears the chosen theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page);
  await downloadPreselectedModel(page);
  await openSettings(page, "Appearance");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  await openSettings(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("Português (Brasil)");
  await closeSettings(page);
  const app = await holdAppScript(page);
  await page.reload({ waitUntil: "commit" });

  const box = page.getByRole("textbox", { name: "Mensagem" });
  await expect(box).toBeEnabled();
  await expect(page.getByRole("button", { name: "Enviar" })).toBeDisabled();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Nova conversa" })).toHaveCount(0);

  await box.fill("rascunho");
  app.release();
  await expect(page.getByRole("button", { name: "Nova conversa" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Mensagem" })).toHaveValue("rascunho");
});

test("a first visit, and a user with the lock on, get the frame alone: no box to write in yet", async ({
  page,
}) => {
  let app = await holdAppScript(page);
  await page.goto(appUrl({ downloadMs: 300 }), { waitUntil: "commit" });
  await expect(page.getByText("Sigilo").first()).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  app.release();
  // It goes with the app's first render: nothing lies over the model picker.
  await expect(modelsRegion(page)).toBeVisible();
  await expect(page.locator("#boot-shell")).toHaveCount(0);
  await downloadPreselectedModel(page);
  await setLock(page, true);
  await page.unrouteAll();

  app = await holdAppScript(page);
  await page.reload({ waitUntil: "commit" });
  await expect(page.getByText("Sigilo").first()).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  app.release();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.locator("#boot-shell")).toHaveCount(0);
  await expect(composer(page)).toHaveCount(0);
});

test("when the app opens on another screen than the box, the first screen gives way to it", async ({
  page,
}) => {
  // A box remembered, but no model stored any more (its files were cleared outside the app, say).
  await openApp(page);
  await page.evaluate(() =>
    localStorage.setItem(
      "sigilo.bootComposer",
      JSON.stringify({ lang: "en", label: "Message", placeholder: "Write now", send: "Send" }),
    ),
  );
  const app = await holdAppScript(page);
  await page.reload({ waitUntil: "commit" });
  await composer(page).fill("typed too early");
  app.release();

  // The model picker, usable: nothing lies over it.
  const first = modelsRegion(page).getByRole("radio").first();
  await first.check();
  await expect(first).toBeChecked();
  await expect(page.locator("#boot-shell")).toHaveCount(0);
  // The picker forgets the box: the next start shows the frame alone.
  await page.unrouteAll();
  expect(await page.evaluate(() => localStorage.getItem("sigilo.bootComposer"))).toBeNull();
});
