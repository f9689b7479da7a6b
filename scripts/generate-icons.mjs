/**
 * Renders the app icons (PNG, the sizes Chrome's install criteria and home screens want) from
 * public/favicon.svg. Run after changing the logo: `node scripts/generate-icons.mjs`; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const logo = readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8").trim();
// A maskable icon may be cropped to a circle: the mark sits inside the middle 80% on a full-bleed background.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1f3a5f"/><g transform="translate(9.6 9.6) scale(0.7)">${logo.replace(/^<svg[^>]*>|<\/svg>$/g, "")}</g></svg>`;

const icons = [
  { file: "pwa-192x192.png", svg: logo, size: 192 },
  { file: "pwa-512x512.png", svg: logo, size: 512 },
  { file: "maskable-icon-512x512.png", svg: maskable, size: 512 },
  { file: "apple-touch-icon-180x180.png", svg: maskable, size: 180 },
];

for (const { file, svg, size } of icons) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(new URL(`../public/${file}`, import.meta.url), png);
  console.log(`public/${file}: ${size}×${size}, ${png.length} bytes`);
}
