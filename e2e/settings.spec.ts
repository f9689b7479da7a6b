import { openApp } from "./support/app";
import { privacyPanel } from "./support/privacy";
import { openSettings, settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";

test("Settings gathers appearance, conversations, models, privacy and security, each reachable from its list", async ({
  page,
}) => {
  await openApp(page);
  const settingsButton = page.getByRole("button", { name: "Settings", exact: true });
  await settingsButton.click();
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();

  const sectionNames = [
    "Appearance",
    "Default instructions",
    "Conversations",
    "Models",
    "Privacy",
    "Security",
  ];
  const sections = dialog.getByRole("navigation", { name: "Settings sections" }).getByRole("link");
  await expect(sections).toHaveText(sectionNames);
  for (const name of sectionNames) {
    await expect(dialog.getByRole("region", { name })).toBeVisible();
  }
  await expect(dialog.getByRole("combobox", { name: "Theme" })).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Language" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keyboard shortcuts" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Export conversations" })).toBeVisible();
  await expect(dialog.getByText("Export and import", { exact: true })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Manage models" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Privacy", exact: true })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Security", exact: true })).toBeVisible();

  // The list brings a section into view and moves the focus to its title.
  await sections.getByText("Security").click();
  const securityTitle = dialog.getByRole("heading", { name: "Security", level: 3 });
  await expect(securityTitle).toBeFocused();
  await expect(securityTitle).toBeInViewport();

  // A panel opened from Settings opens over it; closing the panel comes back to Settings.
  await dialog.getByRole("button", { name: "Privacy", exact: true }).click();
  await expect(privacyPanel(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(privacyPanel(page)).toBeHidden();
  await expect(dialog).toBeVisible();

  // Escape closes Settings, and the focus goes back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(settingsButton).toBeFocused();
});

test("a choice made in Settings applies at once: the theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page);
  await openSettings(page, "Appearance");
  await settingsDialog(page).getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});
