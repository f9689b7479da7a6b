import type { NetworkRequestRecord } from "../../domain/networkRequest";
import { formatBytes } from "../../lib/format";

const timeFormat = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Every request in the log, newest first: when, where to, what for and how much came back. */
export function NetworkRequestTable({ requests }: { requests: readonly NetworkRequestRecord[] }) {
  if (requests.length === 0) return <p className="hint">No network requests recorded.</p>;
  const newestFirst = [...requests].reverse();
  return (
    <div className="request-table-scroll">
      <table className="request-table" aria-label="Network requests">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Host</th>
            <th scope="col">Path</th>
            <th scope="col">Size</th>
            <th scope="col">Purpose</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((request, index) => {
            const url = new URL(request.url);
            return (
              <tr key={`${request.at}-${index}`}>
                <td>{timeFormat.format(request.at)}</td>
                <td>{url.host}</td>
                <td className="request-path">{url.pathname + url.search}</td>
                <td>{request.bytes === undefined ? "—" : formatBytes(request.bytes)}</td>
                <td>{request.purpose}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
