import { defineConfig, loadEnv, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy } from "./src/lib/contentSecurityPolicy.ts";
import { mirrorProblem, modelHosts } from "./src/domain/modelHosts.ts";
import { isLibraryVersion } from "./src/domain/libraryVersion.ts";

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

/**
 * The installable app: manifest, icons and a service worker (src/sw) that precaches every file the
 * build emits, web-llm's worker chunk included. Updates wait for the user ("prompt"): a new version
 * never replaces the running one in the middle of a reply.
 */
function progressiveWebApp(): Plugin[] {
  return VitePWA({
    strategies: "injectManifest",
    srcDir: "src/sw",
    filename: "serviceWorker.ts",
    registerType: "prompt",
    injectRegister: false,
    includeAssets: ["favicon.svg", "apple-touch-icon-180x180.png"],
    injectManifest: {
      // Icons and the manifest are added by the plugin from `includeAssets` and `manifest.icons`.
      globPatterns: ["**/*.{js,css,html,wasm}"],
      // web-llm's worker chunk is ~6 MB; without it the app could not run offline.
      maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
    },
    manifest: {
      name: "Sigilo — private AI chat",
      short_name: "Sigilo",
      description: "A private AI chat that runs entirely in your browser, on your own GPU.",
      id: "/",
      start_url: "/",
      scope: "/",
      display: "standalone",
      theme_color: "#1f3a5f",
      background_color: "#f7f7f8",
      icons: [
        { src: "pwa-192x192.png", sizes: "192x192", type: "image/png" },
        { src: "pwa-512x512.png", sizes: "512x512", type: "image/png" },
        { src: "maskable-icon-512x512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      ],
    },
  });
}

/**
 * A fixture build may play a release with another web-llm runtime (`SIGILO_FIXTURE_LIBRARY_VERSION=v0_2_87`):
 * its catalog then names that library folder, so an e2e test can update from one build to the other. A real
 * build's libraries must match the web-llm it ships, so it refuses the setting.
 */
function libraryVersionDefine(engine: string | undefined): Record<string, string> {
  const version = process.env.SIGILO_FIXTURE_LIBRARY_VERSION;
  if (version === undefined) return {};
  if (engine !== "fixture")
    throw new Error("SIGILO_FIXTURE_LIBRARY_VERSION: only a fixture build may set it");
  if (!isLibraryVersion(version))
    throw new Error(`SIGILO_FIXTURE_LIBRARY_VERSION: "${version}" is not like v0_2_87`);
  return { __MODEL_LIBRARY_VERSION__: JSON.stringify(version) };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const engine = process.env.VITE_ENGINE ?? env.VITE_ENGINE;
  const mirror = (process.env.VITE_MODEL_MIRROR ?? env.VITE_MODEL_MIRROR)?.trim() || undefined;
  const problem = mirror && mirrorProblem(mirror);
  if (problem) throw new Error(`VITE_MODEL_MIRROR: ${problem}`);
  return {
    plugins: [react(), cspMetaTag(mirror), progressiveWebApp()],
    define: libraryVersionDefine(engine),
    resolve: {
      alias: [
        { find: "#selected-engine", replacement: engineEntry(engine) },
        // The Markdown parser decodes entities with a `document` in its "browser" build; it runs in a worker,
        // which has none. (Vite resolves a worker's imports with the page's conditions, not "worker".)
        {
          find: /^decode-named-character-reference$/,
          replacement: fileURLToPath(
            new URL("./node_modules/decode-named-character-reference/index.js", import.meta.url),
          ),
        },
      ],
    },
    worker: { format: "es" },
    build: {
      outDir: engine === "fixture" ? "dist-fixture" : "dist",
      rolldownOptions: {
        input: {
          index: fileURLToPath(new URL("./index.html", import.meta.url)),
        },
        preserveEntrySignatures: "exports-only",
        output: {
          // Everything the entry imports statically goes in one file. Left alone, every module the entry shares with
          // a lazy chunk became a chunk of its own: 19 files, most under 1 KB, for a first visit to fetch before the
          // first render (six at a time over HTTP/1.1), and 5 KB more gzip than one file.
          codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] },
        },
      },
      target: "es2022",
      // web-llm is one ~6 MB module that lives only in the engine worker chunk.
      chunkSizeWarningLimit: 7000,
      // Fonts (KaTeX's) stay files: a data: URL would need `font-src data:` in the CSP.
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    },
    // `npm start` also sends the policy as a header: the only way a CSP reaches the engine worker (a
    // worker does not inherit the page's <meta> tag), and the only way to set frame-ancestors.
    preview: {
      port: 4173,
      strictPort: true,
      headers: {
        "Content-Security-Policy": `${contentSecurityPolicy(modelHosts(mirror))}; frame-ancestors 'none'`,
      },
    },
  };
});
