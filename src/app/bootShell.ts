import { pageStorage, writeHint, type HintStorage } from "../lib/pageStorage";

/**
 * The first screen index.html paints before the app's script has run (#boot-shell, filled in by
 * public/boot-shell.js): here, what the app leaves for it in localStorage, and how the app takes over from it.
 *
 * The hints hold no conversation and nothing the user wrote: the theme, and the words of the message box as
 * the last visit left it (only while it could be written in, and never with the lock on: a locked start shows
 * the lock screen, not a box). They are a guess about the next start; the app's own screens stay the truth.
 */
const THEME_KEY = "sigilo.theme";
const COMPOSER_KEY = "sigilo.bootComposer";

export interface BootComposerWords {
  lang: string;
  label: string;
  placeholder: string;
  send: string;
}

let rememberedComposer: string | null | undefined;

/** The message box's words for the next start's first screen; `undefined`: that start shows no box. */
export function rememberBootComposer(
  words: BootComposerWords | undefined,
  storage: HintStorage | undefined = pageStorage(),
): void {
  const value = words === undefined ? null : JSON.stringify(words);
  if (value === rememberedComposer) return;
  rememberedComposer = value;
  // Not written: the next start shows the plain frame until the app is up.
  writeHint(COMPOSER_KEY, value, storage);
}

/** The theme for the next start's first paint ("system" follows the browser, as the stylesheet does). */
export function rememberTheme(theme: string, storage: HintStorage | undefined = pageStorage()): void {
  // Not written: only the first paint follows the browser's theme for a moment.
  writeHint(THEME_KEY, theme === "system" ? null : theme, storage);
}

/** What the user did in the first screen's message box before the app took over. */
export interface BootComposerDraft {
  text: string;
  /** A message sent (Enter or Send) from the first screen, to be sent now. */
  sent: string | undefined;
  /** The caret, when the box had the focus. */
  caret: { start: number; end: number } | undefined;
}

// Found while the script starts: once the first screen is gone, the box keeps what was written in it.
const shell = typeof document === "undefined" ? null : document.getElementById("boot-shell");
const shellForm = shell?.querySelector("form") ?? null;
let draftTaken = false;

/**
 * Takes over the first screen's message box (once): removes the first screen and returns what was written or
 * sent in it, if anything. Call it where the app's own box is on screen and can be written in.
 */
export function takeBootComposer(): BootComposerDraft | undefined {
  const box = shellForm?.querySelector("textarea");
  const focused = box !== undefined && box !== null && document.activeElement === box;
  removeBootShell();
  if (draftTaken || !shellForm || shellForm.hidden || !box) return undefined;
  draftTaken = true;
  const sent = shellForm.dataset.sent;
  if (box.value === "" && sent === undefined && !focused) return undefined;
  return {
    text: box.value,
    sent,
    caret: focused ? { start: box.selectionStart, end: box.selectionEnd } : undefined,
  };
}

/** The app's screen is up: the first screen goes (what was written in it waits for the app's message box). */
export function removeBootShell(): void {
  shell?.remove();
}

/**
 * The app's first render is on screen: a first screen without a box goes with it. One with a box stays until
 * the app's box takes over, so what is being written there never vanishes for a moment.
 */
export function removeBootShellUnlessWriting(): void {
  if (!shellForm || shellForm.hidden) removeBootShell();
}
