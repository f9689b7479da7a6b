import { useMemo } from "react";
import type { NetworkRequestRecord, RedirectRecord } from "../../domain/networkRequest";
import { formatBytes } from "../../lib/format";
import { useLanguage, useT } from "../../i18n/useT";

/** Every request in the log, newest first: when, where to, what for and how much came back. */
export function NetworkRequestTable({ requests }: { requests: readonly NetworkRequestRecord[] }) {
  const t = useT();
  const language = useLanguage();
  const timeFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(language, {
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      }),
    [language],
  );
  const table = t.requestTable;
  if (requests.length === 0) return <p className="hint">{table.empty}</p>;
  const newestFirst = [...requests].reverse();
  return (
    // Focusable, so the keyboard can scroll the columns and rows that do not fit.
    <div className="request-table-scroll" tabIndex={0} role="region" aria-label={table.scrollRegion}>
      <table className="request-table" aria-label={table.label}>
        <thead>
          <tr>
            <th scope="col">{table.time}</th>
            <th scope="col">{table.host}</th>
            <th scope="col">{table.path}</th>
            <th scope="col">{table.size}</th>
            <th scope="col">{table.purpose}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((request, index) => {
            const url = new URL(request.url);
            return (
              <tr key={`${request.at}-${index}`}>
                <td>{timeFormat.format(request.at)}</td>
                <td>{url.host}</td>
                <td className="request-path">
                  {url.pathname + url.search}
                  {request.redirect && <RedirectNote redirect={request.redirect} />}
                </td>
                <td>
                  {request.bytes === undefined ? table.unknownSize : formatBytes(request.bytes, language)}
                </td>
                <td>{table.purposes[request.purpose]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Where the host's redirect led (host and path), or that it was refused. */
function RedirectNote({ redirect }: { redirect: RedirectRecord }) {
  const table = useT().requestTable;
  const text = !redirect.refused
    ? table.redirectedTo(hostAndPath(redirect.to))
    : redirect.to === undefined
      ? table.redirectRefused
      : table.redirectDiscarded(hostAndPath(redirect.to));
  return <span className={`request-redirect${redirect.refused ? " refused" : ""}`}>{text}</span>;
}

function hostAndPath(url: string): string {
  const parsed = new URL(url);
  return parsed.host + parsed.pathname + parsed.search;
}
