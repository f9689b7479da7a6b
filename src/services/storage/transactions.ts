interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` (which must await nothing but requests in `tx`) and resolves once `tx` has committed.
 * If `work` fails, the transaction is aborted so no half-done change is committed, and both promises
 * are observed, so a failure is reported once instead of also surfacing as an unhandled rejection.
 */
export async function inTransaction<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  const working = startWork(work).catch((error: unknown) => {
    abortQuietly(tx);
    throw error;
  });
  const [result] = await Promise.all([working, tx.done]);
  return result;
}

/**
 * `work()` as a promise, also when it throws before its first await: a request such as `put` throws at once for
 * a value it cannot store, after the requests before it were queued, and those must be aborted too.
 */
function startWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (error) {
    return Promise.reject(error);
  }
}

export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted, e.g. by the failed request itself.
  }
}
