import type { EngineError } from "../../domain/engineError";

/** Every engine failure in words: what happened and what the user can do. */
export function describeEngineError(error: EngineError): { title: string; advice: string } {
  switch (error.kind) {
    case "download-failed":
      return {
        title: "The download failed",
        advice:
          "The connection to the model host was lost or refused. Check your connection and retry: files already downloaded are kept.",
      };
    case "quota-exceeded":
      return {
        title: "Not enough storage space",
        advice:
          "The browser ran out of space for the model files. Delete other models or free disk space, then retry.",
      };
    case "device-lost":
      return {
        title: "The GPU stopped responding",
        advice:
          "The graphics driver reset or ran out of memory. Your conversation is safe; reload the model to continue.",
      };
    case "out-of-memory":
      return {
        title: "The model does not fit in this GPU's memory",
        advice: "Choose a smaller model, or close other tabs and apps that use the GPU and retry.",
      };
    case "shader-f16-missing":
      return {
        title: "This GPU cannot run this model",
        advice: "The model needs half-precision (shader-f16) support. Choose an f32 model instead.",
      };
    case "webgpu-unavailable":
      return {
        title: "WebGPU stopped working",
        advice:
          "The browser no longer gives Sigilo access to the GPU. Reload the page; if that does not help, restart the browser.",
      };
    case "context-window-exceeded":
      return {
        title: "The conversation is too long for this model",
        advice: "Start a new chat, or choose a model with a larger context window.",
      };
    case "stored-model-missing":
      return {
        title: "Model files missing",
        advice:
          "The model is no longer fully stored in this browser (the browser may have cleared it to free space). Download it again?",
      };
    case "stored-model-corrupt":
      return {
        title: "The stored model files are damaged",
        advice:
          "A file of this model in the browser's storage is damaged or unreadable, so it cannot be loaded. Delete its stored files and download it again; your conversations are not affected.",
      };
    case "cancelled":
      return { title: "Cancelled", advice: "Nothing else happened." };
    case "unknown":
      return { title: "Something went wrong", advice: "Retry; if it keeps failing, choose another model." };
  }
}
