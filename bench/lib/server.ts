/** Builds the app and serves a build with `vite preview`, as the e2e tests do, on the bench's own port. */
import { spawn, spawnSync } from "node:child_process";

export type BuildMode = "fixture" | "production";

export function build(mode: BuildMode): void {
  const args = ["vite", "build", ...(mode === "fixture" ? ["--mode", "fixture"] : []), "--logLevel", "warn"];
  const result = spawnSync("npx", args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`The ${mode} build failed (npx ${args.join(" ")}).`);
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Serves the fixture build (`dist-fixture/`) and resolves once it answers. */
export async function serveFixtureBuild(port: number): Promise<Server> {
  const url = `http://localhost:${port}`;
  if (await answers(url)) {
    throw new Error(
      `Something already answers on ${url}; stop it or pass another port (--port or BENCH_PORT).`,
    );
  }
  const child = spawn(
    "npx",
    ["vite", "preview", "--mode", "fixture", "--port", String(port), "--strictPort"],
    {
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Its own process group: npx's child (vite) goes too.
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${stderr.trim()}`);
    if (await answers(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s. ${stderr.trim()}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
