/**
 * The self-hosted setup the mirror tests run against (README, "Host it yourself"): a fixture build made
 * with `VITE_MODEL_MIRROR` set, served on E2E_PORT+2, whose model files come from a mirror on another
 * origin (E2E_PORT+3, under a sub-path like an organisation's "https://models.example.org/sigilo/").
 * Shared by playwright.config.ts (which builds and serves the app) and the spec (which serves the mirror).
 */
export interface MirrorBuild {
  /** Where the mirror build of the app is served. */
  appOrigin: string;
  appPort: number;
  /** The value of VITE_MODEL_MIRROR. */
  mirrorUrl: string;
  mirrorOrigin: string;
  mirrorPort: number;
  /** The folder, under the mirror's origin, the mirrored files are served from. */
  mirrorPath: string;
}

/** The fixture build's port unless E2E_PORT moves it: not 4173, where `npm start` serves the app. */
export const DEFAULT_E2E_PORT = 4310;

export function mirrorBuild(fixturePort = Number(process.env.E2E_PORT ?? DEFAULT_E2E_PORT)): MirrorBuild {
  const appPort = fixturePort + 2;
  const mirrorPort = fixturePort + 3;
  // Another loopback name than the app's "localhost", so the two are different origins to the browser.
  const mirrorOrigin = `http://127.0.0.1:${mirrorPort}`;
  const mirrorPath = "/sigilo/";
  return {
    appOrigin: `http://localhost:${appPort}`,
    appPort,
    mirrorUrl: `${mirrorOrigin}${mirrorPath}`,
    mirrorOrigin,
    mirrorPort,
    mirrorPath,
  };
}
