/**
 * The organisation's model mirror, fixed when the app is built (`VITE_MODEL_MIRROR`), as an
 * absolute URL ending in "/": a same-origin path is resolved against the page. Build-time only,
 * because the page's Content-Security-Policy (a meta tag written at build time) must name it.
 */
const configured: unknown = import.meta.env.VITE_MODEL_MIRROR;

export const MODEL_MIRROR: string | undefined =
  typeof configured === "string" && configured.trim() !== ""
    ? new URL(configured.trim().replace(/\/?$/, "/"), location.origin).href
    : undefined;
