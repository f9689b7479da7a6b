/** English texts of the vault area; spread into `en` (see ../en.ts). */
export const enVault = {
  security: {
    open: "Security",
    lockNow: "Lock now",
    title: "Security",
    keepOpen: "Keep this tab open.",
    waitForReply: "Wait until the reply being written has finished to change the lock.",
    enabled: "The lock is on. Your conversations are encrypted.",
    disabled: "The lock is off. Conversations are stored unencrypted.",
    isOn: "The lock is on: conversations, your presets and your models are encrypted in this browser, and Sigilo asks for your passphrase when it opens and after a while without use. Only the theme, the language and the lock's own settings stay readable.",
    close: "Close",
  },
  enableLock: {
    intro:
      "Lock Sigilo with a passphrase: your conversations, system-prompt presets, own models and which model you used last are then encrypted in this browser (AES-256), and Sigilo asks for the passphrase when it opens and after a while without use.",
    warning: "If you forget the passphrase, your conversations are gone for good.",
    warningDetail:
      "There is no reset and no copy anywhere: nobody, not even Sigilo, can open them without it.",
    newPassphrase: "New passphrase",
    repeatPassphrase: "Repeat passphrase",
    understood: "I understand that if I forget the passphrase, my conversations cannot be recovered.",
    submit: "Turn on lock",
    tooShort: (minimum: number) => `Use a passphrase of at least ${minimum} characters.`,
    mismatch: "The two passphrases do not match.",
    notConfirmed: "Tick the box to confirm you understand that a forgotten passphrase cannot be recovered.",
    failed: (reason: string) => `The lock could not be turned on: ${reason}`,
  },
  disableLock: {
    intro: "Turning the lock off decrypts your conversations and stores them unencrypted in this browser.",
    currentPassphrase: "Current passphrase",
    submit: "Turn off lock",
    missing: "Enter your current passphrase to turn the lock off.",
    wrong: "Wrong passphrase. The lock stays on.",
    failed: (reason: string) =>
      `The lock could not be turned off; it stays on and nothing was lost: ${reason}`,
  },
  idleTime: {
    field: "Lock after this many minutes without use",
    problem: (minimum: number, maximum: number) =>
      `Enter the idle time in whole minutes, from ${minimum} to ${maximum}.`,
    save: "Save idle time",
    saved: (minutes: number) =>
      `Sigilo now locks after ${minutes} ${minutes === 1 ? "minute" : "minutes"} without use.`,
    failed: (reason: string) => `Could not save: ${reason}`,
  },
  lockScreen: {
    title: "Sigilo is locked",
    intro: "Your conversations are encrypted on this device. Enter your passphrase to open them.",
    passphrase: "Passphrase",
    unlock: "Unlock",
    missing: "Enter your passphrase.",
    wrong: "Wrong passphrase. Nothing was opened; try again.",
    failed: (reason: string) => `Could not unlock: ${reason}`,
    forgot: "Forgot it? Without the passphrase the conversations cannot be recovered by anyone.",
    damaged:
      "The lock's settings stored in this browser are damaged, so Sigilo cannot check a passphrase or open what the lock encrypted. Nothing was decrypted, changed or deleted. Without those settings nobody can recover the encrypted conversations; if you have a copy of them elsewhere, you can erase everything Sigilo stores here and start afresh.",
    idleMinutesReset: (minutes: number) =>
      `The lock's idle time stored in this browser was damaged: Sigilo will lock after ${minutes} minutes without use until you choose another time in Security.`,
  },
  vaultTask: {
    unlocking: "Unlocking…",
    enabling: "Encrypting conversations…",
    disabling: "Decrypting conversations…",
    progress: (label: string, done: number, total: number) => `${label} ${done} of ${total}`,
  },
  /** Why the lock refused a request (VaultErrorCode). */
  vaultError: {
    "already-on": "The lock is already on.",
    "passphrase-required": "A passphrase is required.",
    "invalid-idle-minutes": "The idle time must be a whole number of minutes.",
    locked: "Sigilo is locked: enter the passphrase to read or save conversations.",
    "damaged-settings":
      "the lock's settings stored in this browser are damaged, so no passphrase can be checked.",
  },
};
