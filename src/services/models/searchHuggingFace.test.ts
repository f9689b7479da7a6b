import { describe, expect, it } from "vitest";
import { qwenConfig } from "../../test/mlcConfigs";
import { PUBLIC_MODEL_HOSTS } from "../../domain/modelHosts";
import { searchHuggingFace, type SearchEnvironment } from "./searchHuggingFace";

type Answer = Response | Error;

function environment(answers: Record<string, () => Answer>, overrides: Partial<SearchEnvironment> = {}) {
  const requested: string[] = [];
  const env: SearchEnvironment = {
    fetch: async (url) => {
      requested.push(url);
      const key = Object.keys(answers).find((prefix) => url.startsWith(prefix));
      const answer = key ? answers[key]!() : new Response("Not found", { status: 404 });
      if (answer instanceof Error) throw answer;
      return answer;
    },
    allowedHosts: PUBLIC_MODEL_HOSTS,
    appOrigin: "https://sigilo.example",
    online: () => true,
    ...overrides,
  };
  return { env, requested };
}

const SEARCH = "https://huggingface.co/api/models?";
const list = (ids: string[]) => () => Response.json(ids.map((id) => ({ id, downloads: 10 })));
const config = (id: string) => `https://huggingface.co/${id}/resolve/main/mlc-chat-config.json`;

describe("searchHuggingFace", () => {
  it("lists each model with what its config says, having sent only the search and the configs", async () => {
    const { env, requested } = environment({
      [SEARCH]: list(["a/Legal-Qwen-MLC", "b/Big-Qwen-MLC", "c/No-Config-MLC", "d/Html-MLC"]),
      [config("a/Legal-Qwen-MLC")]: () => new Response(qwenConfig()),
      [config("b/Big-Qwen-MLC")]: () => new Response(qwenConfig({}, { num_hidden_layers: 48 })),
      [config("d/Html-MLC")]: () => new Response("<html>"),
    });
    const outcome = await searchHuggingFace("  legal  qwen ", env);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.query).toBe("legal qwen");
    expect(
      outcome.results.map(({ model, verdict }) => [model.id, verdict.ok || verdict.problem.code]),
    ).toEqual([
      ["a/Legal-Qwen-MLC", true],
      ["b/Big-Qwen-MLC", "different-size"],
      ["c/No-Config-MLC", "config-missing"],
      ["d/Html-MLC", "config-unreadable"],
    ]);
    expect(new URL(requested[0]!).searchParams.get("search")).toBe("legal qwen");
    expect(requested.slice(1).every((url) => url.endsWith("/resolve/main/mlc-chat-config.json"))).toBe(true);
  });

  it("sends nothing while offline, or from a build that may not reach Hugging Face", async () => {
    const offline = environment({}, { online: () => false });
    expect(await searchHuggingFace("qwen", offline.env)).toEqual({ ok: false, problem: { code: "offline" } });
    const mirror = environment({}, { allowedHosts: ["https://models.corp.example"] });
    expect(await searchHuggingFace("qwen", mirror.env)).toEqual({
      ok: false,
      problem: { code: "unavailable" },
    });
    expect([...offline.requested, ...mirror.requested]).toEqual([]);
  });

  it("says why the hub gave no list", async () => {
    const cases: [() => Answer, unknown][] = [
      [() => new TypeError("Failed to fetch"), { code: "unreachable" }],
      [
        () => new Response("slow down", { status: 429, headers: { "retry-after": "30" } }),
        { code: "rate-limited", retryAfterSeconds: 30 },
      ],
      [() => new Response("oops", { status: 503 }), { code: "http-error", status: 503 }],
      [() => new Response("<html>"), { code: "malformed" }],
      [() => Response.json({ error: "bad" }), { code: "malformed" }],
      [() => new Response("[" + '"x",'.repeat(400_000) + '"x"]'), { code: "malformed" }],
    ];
    for (const [answer, problem] of cases) {
      const { env } = environment({ [SEARCH]: answer });
      expect(await searchHuggingFace("qwen", env)).toEqual({ ok: false, problem });
    }
  });

  it("reads at most four configs at once", async () => {
    let running = 0;
    let most = 0;
    const ids = Array.from({ length: 12 }, (_, index) => `someone/m${index}`);
    const { env } = environment({ [SEARCH]: list(ids) });
    const fetchOne = env.fetch;
    env.fetch = async (url) => {
      if (url.startsWith(SEARCH)) return fetchOne(url);
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      running -= 1;
      return new Response(qwenConfig());
    };
    const outcome = await searchHuggingFace("m", env);
    expect(outcome.ok && outcome.results.length).toBe(12);
    expect(most).toBe(4);
  });
});
