/** English texts of the environment area; spread into `en` (see ../en.ts). */
export const enEnvironment = {
  browserCheck: {
    title: "Browser check",
    webgpu: (gpu: string) => `WebGPU is available: ${gpu}`,
    unnamedGpu: "Unnamed GPU",
    softwareGpu: "This is a software GPU (no graphics card in use): models will run slowly.",
    shaderF16: "Half-precision (shader-f16) supported: every model can run.",
    noShaderF16: "No half-precision (shader-f16) support: only f32 models can run.",
    limits: (buffer: string, binding: string) =>
      `Largest GPU buffer: ${buffer}; largest storage binding: ${binding}`,
  },
  noWebGpu: {
    title: "WebGPU is not available",
    why: {
      "no-api": "This browser does not offer WebGPU, or it is turned off.",
      "no-adapter": "This browser supports WebGPU but did not give Sigilo access to a graphics card.",
      "device-failed": "The graphics card was found but could not be started.",
      "timed-out":
        "The browser did not answer when asked for the graphics card: its GPU process may be stuck. Reload the page; if that does not help, restart the browser.",
    },
    lead: "Sigilo runs the AI model on your own GPU through WebGPU, so it cannot answer here. Your saved conversations are still here to read and export.",
    browsersTitle: "Browsers that work",
    chromeDesktop: "Chrome or Edge 113 or newer on Windows, macOS and ChromeOS.",
    chromeAndroid: "Chrome 121 or newer on Android.",
    linuxBefore: "On Linux, Chrome or Chromium with WebGPU enabled: open ",
    linuxAfter: ", set it to Enabled and restart the browser.",
    safariFirefox: "Safari 26 on macOS and iOS; Firefox 141 or newer on Windows.",
    acceleration:
      "If your browser is on that list, check that hardware acceleration is on (Settings → System) and that your graphics driver is up to date.",
    technicalDetails: "Technical details",
    reload: "Reload the page",
  },
  storageSaveError: {
    storageFull:
      "Your browser's storage is full, so the latest changes could not be saved. Free up space by deleting models or conversations.",
    saveFailed: (detail: string) => `Could not save to this browser's storage: ${detail}`,
  },
};
