/** True on Apple platforms, where "Mod" is the ⌘ key. */
export const IS_APPLE = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? "");

interface ParsedShortcut {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(shortcut: string): ParsedShortcut {
  const parts = shortcut.split("+");
  const key = parts.pop() ?? "";
  return { key, mod: parts.includes("Mod"), shift: parts.includes("Shift"), alt: parts.includes("Alt") };
}

/**
 * Whether a key press is this shortcut. Printable single characters ("/", "?") are matched by the character
 * typed, so Shift is whatever the keyboard layout needs for it; named keys and letters need the exact modifiers.
 */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const wanted = parse(shortcut);
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  const otherMod = IS_APPLE ? event.ctrlKey : event.metaKey;
  if (mod !== wanted.mod || otherMod || event.altKey !== wanted.alt) return false;
  const printable = wanted.key.length === 1 && !/[a-z]/i.test(wanted.key);
  if (printable) return event.key === wanted.key;
  return event.shiftKey === wanted.shift && event.key.toLowerCase() === wanted.key.toLowerCase();
}

/** A shortcut without modifiers that types a character: it must not fire while the user types text. */
export function isTypingKey(shortcut: string): boolean {
  return !shortcut.includes("+") && shortcut.length === 1;
}

/** How a shortcut is shown to people: "Ctrl + Shift + O" or "⌘ + Shift + O". */
export function describeShortcut(shortcut: string): string[] {
  const names: Record<string, string> = {
    Mod: IS_APPLE ? "⌘" : "Ctrl",
    Alt: IS_APPLE ? "⌥" : "Alt",
    ArrowUp: "↑",
    ArrowDown: "↓",
    Escape: "Esc",
  };
  return shortcut.split("+").map((part) => names[part] ?? part);
}
