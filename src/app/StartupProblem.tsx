/** What to show when the app cannot even open its database. */
const PROBLEMS = {
  blocked: {
    title: "Sigilo is open in another tab",
    body: "Sigilo is updating how it stores your conversations, and another tab is still using the old version. Close the other Sigilo tabs; this page continues by itself.",
  },
  closed: {
    title: "Sigilo was updated in another tab",
    body: "Another tab opened a newer version of Sigilo's storage. Reload this page to continue; nothing has been lost.",
  },
  "storage-unavailable": {
    title: "This browser does not let Sigilo store data",
    body: "Sigilo keeps your conversations and the model in this browser's storage (IndexedDB), which is not available here. Private or incognito windows and some privacy settings turn it off. Open Sigilo in a normal window.",
  },
} as const;

export function StartupProblem({ kind, detail }: { kind: keyof typeof PROBLEMS; detail?: string }) {
  const problem = PROBLEMS[kind];
  return (
    <main className="startup-problem" role="alert">
      <h1>{problem.title}</h1>
      <p>{problem.body}</p>
      {kind !== "blocked" && (
        <button type="button" className="button primary" onClick={() => location.reload()}>
          Reload
        </button>
      )}
      {detail && (
        <details>
          <summary>Technical details</summary>
          <code>{detail}</code>
        </details>
      )}
    </main>
  );
}
