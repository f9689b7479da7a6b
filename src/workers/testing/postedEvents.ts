/** Test help: what a dispatcher posts, collected as the page reads it. */
import type { EngineEvent } from "../../services/engine/protocol";
import type { EventPort } from "../requestDispatcher";

const EVENT_TYPES = new Set<string>([
  "progress",
  "reply",
  "failed",
  "ready",
  "pong",
  "restart",
  "deviceLost",
]);

function isEngineEvent(value: unknown): value is EngineEvent {
  return (
    typeof value === "object" && value !== null && "type" in value && EVENT_TYPES.has(String(value.type))
  );
}

/** A port that keeps every event posted to it, refusing anything that is not one. */
export function collectingPort(onEvent: (event: EngineEvent) => void = () => {}): {
  port: EventPort;
  events: EngineEvent[];
} {
  const events: EngineEvent[] = [];
  const port: EventPort = {
    post: (event: unknown) => {
      if (!isEngineEvent(event)) throw new Error(`Posted something that is not an event: ${String(event)}`);
      events.push(event);
      onEvent(event);
    },
  };
  return { port, events };
}
