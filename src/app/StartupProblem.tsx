import type { LanguageChoice } from "../i18n/language";
import { languageForBrowser } from "../i18n/browserMessages";
import { messagesFor } from "../i18n/dictionaries";
import { loadedLanguageOr } from "../i18n/shownLanguage";

export type StartupProblemKind = "blocked" | "closed" | "storage-unavailable";

/**
 * What to show when the app cannot even open its database. It renders without the store, so it speaks the
 * browser's language, or the user's choice when the app already knew it (`languageChoice`); main.tsx loads
 * that language's dictionary before showing it.
 */
export function StartupProblem({
  kind,
  detail,
  languageChoice,
}: {
  kind: StartupProblemKind;
  detail?: string;
  languageChoice?: LanguageChoice;
}) {
  const language = loadedLanguageOr(languageForBrowser(languageChoice));
  const t = messagesFor(language).startupProblem;
  const problem = t[kind];
  return (
    <main className="startup-problem" role="alert" lang={language}>
      <h1>{problem.title}</h1>
      <p>{problem.body}</p>
      {kind !== "blocked" && (
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {t.reload}
        </button>
      )}
      {detail && (
        <details>
          <summary>{t.details}</summary>
          <code>{detail}</code>
        </details>
      )}
    </main>
  );
}
