/**
 * The settings that stay readable on disk while the lock is on, each with the reason: the app needs them
 * before the passphrase is entered. Every other setting — anything a person wrote or that says what they
 * do (their system-prompt presets, their own models, which model they used last and when, and any setting
 * added later) — is sealed like messages, without having to be declared: forgetting to declare a setting
 * can only make it sealed, never leave it readable. README ("What stays readable while locked") lists
 * these same names; a test holds the two together.
 */
export const SETTINGS_READABLE_WHILE_LOCKED: Readonly<Record<string, string>> = {
  vault:
    "the lock's own parameters: the salt and iteration count that turn the passphrase into the key, a known value sealed with the key (to tell a wrong passphrase), and the idle time after which it locks",
  theme: "the lock screen is shown in the theme you chose",
  language: "the lock screen is shown in the language you chose",
};

/** Whether the setting `name` is sealed while the lock is on. */
export function isSealedWhileLocked(name: string): boolean {
  return !Object.hasOwn(SETTINGS_READABLE_WHILE_LOCKED, name);
}
