import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

/** Debian's package; Playwright's own browser download is not reachable on every machine we test on. */
const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The Chromium to drive: `CHROMIUM_PATH`, else Playwright's downloaded build if present, else the system one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const candidates = [playwrightChromium(), ...SYSTEM_CHROMIUMS];
  const found = candidates.find((path) => path !== undefined && existsSync(path));
  if (found) return found;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package " +
      "(`apt-get install -y chromium`, gives /usr/bin/chromium) or set CHROMIUM_PATH to a Chromium executable. " +
      `Looked in: ${candidates.filter(Boolean).join(", ")}.`,
  );
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // Playwright throws when it has no registry entry for this platform: treat as "not installed".
    return undefined;
  }
}

const isRoot = process.getuid?.() === 0;

/**
 * Flags for every run. Playwright passes most of these itself; they are listed so they hold whatever its
 * defaults become. The network ones matter: without them Chromium keeps calling Google hosts, which
 * this closed network refuses, and those calls would leave the machine where one is online.
 */
export const chromiumArgs: readonly string[] = [
  // Chromium refuses to start as root with its sandbox on (CI runs as root).
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Gives headless Chromium a WebGPU adapter with no GPU: Dawn falls back to SwiftShader (CPU,
 * `isFallbackAdapter`, no `shader-f16`, 1 GiB buffer limits). Without it `requestAdapter()` resolves
 * to null, which is how the "WebGPU unavailable" screen is tested. Measured on Chromium 156:
 * `--use-angle=swiftshader`, `--enable-features=Vulkan` or `--use-webgpu-adapter=swiftshader` add nothing.
 */
export const webgpuArgs: readonly string[] = ["--enable-unsafe-webgpu"];
