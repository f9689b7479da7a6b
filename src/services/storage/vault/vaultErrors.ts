/** Why the lock refused a request. The UI puts the code into words in the user's language. */
export type VaultErrorCode =
  "already-on" | "passphrase-required" | "invalid-idle-minutes" | "locked" | "damaged-settings";

/** The English wording, for logs and stack traces only. */
const ENGLISH: Record<VaultErrorCode, string> = {
  "already-on": "The lock is already on.",
  "passphrase-required": "A passphrase is required.",
  "invalid-idle-minutes": "The idle time must be a whole number of minutes.",
  locked: "Sigilo is locked: enter the passphrase to read or save conversations.",
  "damaged-settings": "The lock's stored settings are damaged: the passphrase cannot be checked.",
};

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  constructor(code: VaultErrorCode) {
    super(ENGLISH[code]);
    this.code = code;
    this.name = "VaultError";
  }
}

/** Thrown when content is read or written while the lock is on and no passphrase has been given. */
export class VaultLocked extends VaultError {
  constructor() {
    super("locked");
    this.name = "VaultLocked";
  }
}
