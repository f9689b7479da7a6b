/**
 * pdf.js calls Promise.withResolvers, which Chrome 113–118 (WebGPU's first releases) and Node 20 (where
 * the unit tests run pdf.js) lack, and its legacy build does not polyfill it.
 */
if (!("withResolvers" in Promise)) {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
