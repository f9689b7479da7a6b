import { defineConfig, loadEnv, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy } from "./src/lib/contentSecurityPolicy.ts";
import { mirrorProblem, modelHosts } from "./src/domain/modelHosts.ts";

/** The engine is chosen at build time: the fixture build never ships web-llm, the real build never ships the fixture. */
function engineEntry(engine: string | undefined): string {
  const file = engine === "fixture" ? "fixture.ts" : "webllm.ts";
  return fileURLToPath(new URL(`./src/services/engine/selected/${file}`, import.meta.url));
}

/**
 * Adds the CSP meta tag to built pages only: Vite's dev server injects inline scripts a strict policy would
 * block. It allows exactly the model hosts in use: the public ones, or the organisation's mirror alone.
 */
function cspMetaTag(mirror: string | undefined): Plugin {
  return {
    name: "sigilo-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: {
          "http-equiv": "Content-Security-Policy",
          content: contentSecurityPolicy(modelHosts(mirror)),
        },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const engine = process.env.VITE_ENGINE ?? env.VITE_ENGINE;
  const mirror = (process.env.VITE_MODEL_MIRROR ?? env.VITE_MODEL_MIRROR)?.trim() || undefined;
  const problem = mirror && mirrorProblem(mirror);
  if (problem) throw new Error(`VITE_MODEL_MIRROR: ${problem}`);
  return {
    plugins: [react(), cspMetaTag(mirror)],
    resolve: { alias: { "#selected-engine": engineEntry(engine) } },
    worker: { format: "es" },
    build: {
      outDir: engine === "fixture" ? "dist-fixture" : "dist",
      target: "es2022",
      // web-llm is one ~6 MB module that lives only in the engine worker chunk.
      chunkSizeWarningLimit: 7000,
      // Fonts (KaTeX's) stay files: a data: URL would need `font-src data:` in the CSP.
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    },
    preview: { port: 4173, strictPort: true },
  };
});
