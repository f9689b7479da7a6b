/**
 * Encoding (encryption) is awaited before each write's transaction opens, so two writes could reach IndexedDB
 * in the other order. A repository's writes therefore run one after another, in the order they were asked for;
 * one failing does not stop the next.
 */
export function createWriteQueue(): <T>(write: () => Promise<T>) => Promise<T> {
  let lastWrite: Promise<unknown> = Promise.resolve();
  return <T>(write: () => Promise<T>): Promise<T> => {
    const result = lastWrite.then(write);
    lastWrite = result.catch(() => undefined);
    return result;
  };
}
