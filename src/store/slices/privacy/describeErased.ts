import type { ErasedStorage } from "../../../services/privacy/PrivacyService";

/** Says in words what "Erase everything" removed, most meaningful to the user first. */
export function describeErased({
  conversationCount,
  modelNames,
  databases,
  caches,
}: ErasedStorage & { conversationCount: number; modelNames: string[] }): string[] {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    `${plural(conversationCount, "conversation", "conversations")} and their messages`,
    "Your settings",
    modelNames.length > 0
      ? `Downloaded ${modelNames.length === 1 ? "model" : "models"}: ${modelNames.join(", ")}`
      : "Downloaded models: none were stored",
    "The log of network requests",
    databases.length > 0 ? `Browser databases: ${databases.join(", ")}` : "Browser databases: none were left",
    ...(caches.length > 0 ? [`Browser caches: ${caches.join(", ")}`] : []),
  ];
}
