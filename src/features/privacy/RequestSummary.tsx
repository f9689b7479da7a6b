import { useMemo } from "react";
import type { NetworkRequestRecord } from "../../domain/networkRequest";
import { summariseRequests, type RequestGroup } from "../../domain/requestSummary";
import { formatBytes } from "../../lib/format";
import { useLanguage, useT } from "../../i18n/useT";

/**
 * The request log at a glance: how many requests carried anything the user wrote (the figure that matters),
 * then where the rest went and what they were for, each with a bar for its share of the bytes.
 */
export function RequestSummary({ requests }: { requests: readonly NetworkRequestRecord[] }) {
  const t = useT();
  const language = useLanguage();
  const words = t.requestSummary;
  const summary = useMemo(() => summariseRequests(requests), [requests]);
  const size = (bytes: number) => formatBytes(bytes, language);
  return (
    <section className="request-summary" aria-labelledby="request-summary-title">
      <h3 id="request-summary-title" className="sr-only">
        {words.title}
      </h3>
      <div className={`user-text-figure${summary.carryingUserText > 0 ? " carried" : ""}`}>
        <p>
          <span className="user-text-count">{summary.carryingUserText}</span>{" "}
          <span className="user-text-label">{words.carriedYourWords}</span>
        </p>
        <p className="hint">
          {summary.carryingUserText === 0
            ? words.carriedYourWordsHint
            : words.carriedWhat(summary.carryingUserText - summary.modelSearches, summary.modelSearches)}
        </p>
      </div>
      <p className="request-total">{words.total(summary.requests, size(summary.bytes))}</p>
      <div className="request-groups">
        <GroupTable
          label={words.byHost}
          keyHeader={words.host}
          groups={summary.byHost}
          total={summary.bytes}
          name={(key) => key}
          size={size}
        />
        <GroupTable
          label={words.byPurpose}
          keyHeader={words.purpose}
          groups={summary.byPurpose}
          total={summary.bytes}
          name={(key) => t.requestTable.purposes[key]}
          size={size}
        />
      </div>
    </section>
  );
}

function GroupTable<Key extends string>({
  label,
  keyHeader,
  groups,
  total,
  name,
  size,
}: {
  label: string;
  keyHeader: string;
  groups: readonly RequestGroup<Key>[];
  total: number;
  name(key: Key): string;
  size(bytes: number): string;
}) {
  const words = useT().requestSummary;
  return (
    <table className="request-group-table">
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col">{words.requests}</th>
          <th scope="col">{words.received}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.key}>
            <th scope="row">
              {name(group.key)}
              <span
                className="request-share"
                aria-hidden="true"
                style={{ inlineSize: `${total > 0 ? Math.max(2, (group.bytes / total) * 100) : 0}%` }}
              />
            </th>
            <td>{group.requests}</td>
            <td>{size(group.bytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
