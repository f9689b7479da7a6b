import { downloadPreselectedModel, openApp, sendMessage, waitForReply } from "./support/app";
import { openSettings } from "./support/settings";
import { test } from "./support/test";

test("explore", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await page.screenshot({ path: "/tmp/x/desk-welcome.png" });
  await downloadPreselectedModel(page);
  await sendMessage(page, "hello there");
  await waitForReply(page);
  await page.screenshot({ path: "/tmp/x/desk-chat.png" });
  await openSettings(page);
  await page.screenshot({ path: "/tmp/x/desk-settings.png" });
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/x/phone-chat.png" });
  await page.getByRole("button", { name: "Open menu" }).click();
  await page.screenshot({ path: "/tmp/x/phone-drawer.png" });
  await openSettings(page);
  await page.screenshot({ path: "/tmp/x/phone-settings.png" });
});
