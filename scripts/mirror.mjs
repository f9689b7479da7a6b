// `npm run mirror -- --models <id,...> --out <dir>`: the TypeScript script runs through Vite's module runner.
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const entry = fileURLToPath(new URL("./mirror/cli.ts", import.meta.url));
const { module } = await runnerImport(entry);
process.exitCode = await module.runCli(process.argv.slice(2));
