import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium, webgpuArgs } from "./e2e/support/browser";

const baseURL = "http://localhost:4173";
// Resolved once, here, so a machine without Chromium fails at startup with a message saying what to install.
const executablePath = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2, // the machines we run on have two cores
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  webServer: {
    command: "npm run build:fixture && npx vite preview --mode fixture",
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
  use: { baseURL, trace: "on-first-retry" },
  projects: [
    {
      name: "chromium-webgpu",
      testIgnore: "**/*.nogpu.spec.ts",
      use: {
        browserName: "chromium",
        launchOptions: { executablePath, args: [...chromiumArgs, ...webgpuArgs] },
      },
    },
    {
      // Same browser without the WebGPU flag: navigator.gpu exists but requestAdapter() resolves to null.
      name: "chromium-no-webgpu",
      testMatch: "**/*.nogpu.spec.ts",
      use: { browserName: "chromium", launchOptions: { executablePath, args: [...chromiumArgs] } },
    },
  ],
});
