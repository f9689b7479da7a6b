// Pulls the worker module's declaration into every program that compiles this file (the app's tests too).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfjsWorker.d.ts" />
/**
 * pdf.js, loaded on the first PDF (its own lazy chunks of this worker). The legacy build: it carries the
 * polyfills for the older browsers Sigilo supports (Chrome 113+, Safari 26, Firefox 141), and it is the
 * build the unit tests run in Node. Its "worker" part runs in this same thread — already a worker, so
 * the page's main thread never parses a PDF — by handing pdf.js the module as `globalThis.pdfjsWorker`:
 * no second worker, no script URL to allow, and nothing is fetched.
 */
import "./promiseWithResolvers";
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([
    import("pdfjs-dist/legacy/build/pdf.mjs"),
    import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
  ]).then(([pdfjs, pdfjsWorker]) => {
    Object.assign(globalThis, { pdfjsWorker });
    return pdfjs;
  });
  return loading;
}
