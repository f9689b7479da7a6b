import { VaultLocked } from "../../../services/storage";

/**
 * For what the app remembers by itself (which model was used last, and when): a model that finishes
 * loading after the idle lock came on cannot be noted, since the note would have to be sealed and the key
 * is gone. It is simply not remembered; any other failure to save is reported as usual.
 */
export function unlessLocked(report: (error: unknown) => void): (error: unknown) => void {
  return (error) => {
    if (!(error instanceof VaultLocked)) report(error);
  };
}
