import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "#selected-engine": fileURLToPath(
        new URL("./src/services/engine/selected/fixture.ts", import.meta.url),
      ),
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    setupFiles: ["./src/test/setup.ts"],
    // A timeout is there to catch a hang, not a slow machine: on a shared 2-core machine under load, tests that
    // take half a second alone (deep Markdown, fuzzing) were seen past vitest's default 5 s.
    testTimeout: 30_000,
  },
});
