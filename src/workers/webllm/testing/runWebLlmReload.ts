/**
 * Runs web-llm's own `MLCEngine.reload` in Node (vitest, fake-indexeddb) on whatever is in its cache,
 * and records what it did, for the contract tests. Everything web-llm does up to the GPU is its real
 * code: model record lookup, cache reads (`ArtifactIndexedDBCache`), config decoding, the library-
 * caching rule, GPU detection, the tokenizer (web-llm's own tokenizers wasm parses the stored file),
 * tensor-cache.json and every shard (tvmjs `fetchTensorCache`, slicing each tensor out of its shard).
 *
 * Three stand-ins, the smallest that let it get there:
 * - `navigator.gpu`: an adapter with the limits web-llm asks for, and a device that is never lost;
 * - the model library: the test's library is not a compiled TVM module, so the one call that
 *   instantiates it (`WebAssembly.instantiate` with TVM's imports) is answered with a runtime built on
 *   tvmjs's real `Instance` prototype whose GPU-backed parts only record: a tensor "uploaded" to the
 *   GPU is kept by name, byte for byte;
 * - `fetch`: every call is recorded and refused, so a file web-llm had to fetch shows, and fails.
 * It stops where web-llm starts building the model's GPU programs (the pipeline's first GPU scope).
 */
import { MLCEngine, type AppConfig } from "@mlc-ai/web-llm";
import { vi } from "vitest";

/** Where the stand-in runtime stops web-llm: everything after needs the real GPU and library. */
export class ReachedGpuPrograms extends Error {
  override name = "ReachedGpuPrograms";
}

export interface ReloadTrace {
  /** `ReachedGpuPrograms` when every file was read; else what web-llm threw. */
  outcome: unknown;
  /** Every URL web-llm asked `fetch` for (none may reach a network: each was refused). */
  fetched: string[];
  /** Every record web-llm looked up, as "database url". */
  cacheReads: string[];
  /** The library bytes web-llm handed to WebAssembly, if it got that far. */
  libraryBytes: Uint8Array | undefined;
  /** Each tensor web-llm copied to the "GPU", by name. */
  uploaded: Map<string, Uint8Array>;
  progressTexts: string[];
}

const WEBGPU_DEVICE_TYPE = 15; // tvmjs DeviceStrToEnum.webgpu

export async function runWebLlmReload(appConfig: AppConfig, modelId: string): Promise<ReloadTrace> {
  const trace: ReloadTrace = {
    outcome: undefined,
    fetched: [],
    cacheReads: [],
    libraryBytes: undefined,
    uploaded: new Map(),
    progressTexts: [],
  };
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    // A data: URL is no request (Emscripten's glue may read its embedded wasm that way); anything else is.
    if (url.startsWith("data:")) return realFetch(url);
    trace.fetched.push(url);
    return Promise.reject(new TypeError(`Contract test: web-llm fetched ${url}`));
  });
  // The engine runs in a worker: `location` is the app's, and there is no `document`.
  vi.stubGlobal("location", { origin: "https://sigilo.test", href: "https://sigilo.test/" });
  vi.stubGlobal("navigator", { gpu: fakeGpu() });
  const restore = [interceptLibrary(trace), recordCacheReads(trace), asBrowser()];
  try {
    const engine = new MLCEngine({
      appConfig,
      initProgressCallback: (report) => trace.progressTexts.push(report.text),
    });
    await engine.reload(modelId);
    trace.outcome = "loaded";
  } catch (error) {
    trace.outcome = error;
  } finally {
    restore.forEach((undo) => undo());
    vi.unstubAllGlobals();
  }
  return trace;
}

function fakeGpu() {
  const limits = {
    maxBufferSize: 1 << 30,
    maxStorageBufferBindingSize: 1 << 30,
    maxComputeWorkgroupStorageSize: 32 << 10,
    maxStorageBuffersPerShaderStage: 10,
    maxComputeInvocationsPerWorkgroup: 1024,
  };
  const device = { features: new Set(), limits, lost: new Promise(() => {}), addEventListener() {} };
  const adapter = {
    features: new Set(),
    limits,
    info: { description: "contract test", vendor: "none" },
    requestDevice: async () => device,
  };
  return { requestAdapter: async () => adapter };
}

/** Answers tvmjs's instantiation of the model library with the recording runtime (see the file's comment). */
function interceptLibrary(trace: ReloadTrace): () => void {
  const instantiate = WebAssembly.instantiate;
  const intercepted = (bytes: BufferSource, imports?: WebAssembly.Imports) => {
    // Only the model library comes with TVM's FFI imports; web-llm's tokenizer wasm instantiates for real.
    if (!imports?.env || !("TVMFFIWasmSafeCall" in imports.env)) return instantiate(bytes, imports);
    trace.libraryBytes = new Uint8Array(ArrayBuffer.isView(bytes) ? bytes.buffer : bytes).slice();
    return {
      then: (construct: (result: unknown) => unknown) => Promise.resolve(recordingRuntime(construct, trace)),
    };
  };
  WebAssembly.instantiate = intercepted as typeof WebAssembly.instantiate;
  return () => {
    WebAssembly.instantiate = instantiate;
  };
}

/**
 * tvmjs's `Instance`, whose class web-llm does not export: its constructor's first statement assigns
 * `this.cacheMetadata`, so a setter on Object.prototype catches the instance being built (and stops
 * the construction, which would need the real library); the prototype's methods are tvmjs's own.
 */
function recordingRuntime(construct: (result: unknown) => unknown, trace: ReloadTrace): object {
  let prototype: object | undefined;
  const caught = new Error("caught tvmjs Instance");
  Object.defineProperty(Object.prototype, "cacheMetadata", {
    configurable: true,
    set(this: object) {
      prototype = Object.getPrototypeOf(this) as object;
      throw caught;
    },
  });
  try {
    construct({ module: undefined, instance: undefined });
  } catch (error) {
    if (error !== caught) throw error;
  } finally {
    delete (Object.prototype as { cacheMetadata?: unknown }).cacheMetadata;
  }
  if (!prototype) throw new Error("tvmjs's Instance was not reached: web-llm's loader changed");
  const device = { deviceType: WEBGPU_DEVICE_TYPE, sync: async () => {} };
  const runtime: Record<string, unknown> = Object.create(prototype);
  return Object.assign(runtime, {
    initProgressCallback: [],
    cacheMetadata: {},
    env: { logger: () => {} },
    initWebGPU: () => {},
    webgpu: () => device,
    withNewScope: (work: () => unknown) => work(),
    detachFromCurrentScope: (value: unknown) => value,
    empty: () => ({
      bytes: undefined as Uint8Array | undefined,
      copyFromRawBytes(bytes: Uint8Array) {
        this.bytes = bytes.slice();
      },
      dispose() {},
    }),
    tensorCacheUpdate: (name: string, tensor: { bytes?: Uint8Array }) => {
      if (tensor.bytes) trace.uploaded.set(name, tensor.bytes);
    },
    beginScope: () => {
      throw new ReachedGpuPrograms("web-llm began building the model's GPU programs");
    },
  });
}

/** Every `get` on an object store (how web-llm's cache looks records up), as "database key". */
function recordCacheReads(trace: ReloadTrace): () => void {
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
    trace.cacheReads.push(`${this.transaction.db.name} ${String(key)}`);
    return get.call(this, key);
  };
  return () => {
    IDBObjectStore.prototype.get = get;
  };
}

/**
 * Emscripten's glue in web-llm (its WASI and tokenizer modules) takes a Node-only path when it sees
 * `process.versions.node`, needing CommonJS globals; without it, it takes the path it takes in the
 * worker, where the tokenizers' wasm comes from the bundle itself.
 */
function asBrowser(): () => void {
  const { versions } = (globalThis as unknown as { process: { versions: object } }).process;
  const node = Object.getOwnPropertyDescriptor(versions, "node")!;
  Object.defineProperty(versions, "node", { value: undefined, configurable: true });
  return () => Object.defineProperty(versions, "node", node);
}
