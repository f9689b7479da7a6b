import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import type { Conversation } from "../../../domain/conversation";
import type { SearchService } from "../../../services/search/SearchService";
import type { AppState } from "../../appState";
import type { AppServices } from "../../services";
import { CONVERSATIONS_PER_MESSAGE, followStoreWithIndex } from "./indexFollower";

type Sent = { put: string[]; deleted: string[] };

/** A store holding only what the follower reads, and a search service that notes what it is sent. */
function setUp(count: number) {
  const conversations = Array.from({ length: count }, (_, index): Conversation => ({
    id: `c${index}`,
    title: `Conversation ${index}`,
    titled: true,
    createdAt: 1,
    updatedAt: count - index,
  }));
  const store = createStore<AppState>()(
    () => ({ conversations, messagesByConversation: {}, vaultStatus: "off" }) as unknown as AppState,
  );
  const sent: Sent[] = [];
  const search = {
    open: vi.fn(),
    close: vi.fn(),
    conversationsChanged: (put, deleted) => sent.push({ put: put.map((c) => c.id), deleted }),
    messagesChanged: vi.fn(),
    changedElsewhere: vi.fn(),
  } as Partial<SearchService> as SearchService;
  const services = { search, vault: { keyState: () => ({ key: undefined }) } } as unknown as AppServices;
  return { store, sent, search, follower: followStoreWithIndex(store, services) };
}

const allPut = (sent: Sent[]) => sent.flatMap((message) => message.put);

describe("the index follower", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends a long conversation list a slice per task, in order, so the page is never held for long", () => {
    const { sent, follower } = setUp(2 * CONVERSATIONS_PER_MESSAGE + 500);
    follower.start();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.put).toHaveLength(CONVERSATIONS_PER_MESSAGE);

    vi.runAllTimers();
    expect(sent.map((message) => message.put.length)).toEqual([
      CONVERSATIONS_PER_MESSAGE,
      CONVERSATIONS_PER_MESSAGE,
      500,
    ]);
    expect(allPut(sent)).toEqual(Array.from({ length: 2500 }, (_, index) => `c${index}`));
  });

  it("sends every slice still waiting before a query, so a search sees every title", () => {
    const { sent, follower } = setUp(3 * CONVERSATIONS_PER_MESSAGE);
    follower.start();
    follower.flush();
    expect(allPut(sent)).toHaveLength(3 * CONVERSATIONS_PER_MESSAGE);
    vi.runAllTimers();
    expect(allPut(sent)).toHaveLength(3 * CONVERSATIONS_PER_MESSAGE);
  });

  it("sends a deletion after the slices before it, so a deleted conversation is not put back", () => {
    const { store, sent, follower } = setUp(2 * CONVERSATIONS_PER_MESSAGE);
    follower.start();
    store.setState({ conversations: store.getState().conversations.slice(1) });
    vi.runAllTimers();
    expect(sent.at(-1)).toEqual({ put: [], deleted: ["c0"] });
    expect(allPut(sent)).toHaveLength(2 * CONVERSATIONS_PER_MESSAGE);
  });

  it("drops the slices not sent yet when the lock closes", () => {
    const { store, sent, search, follower } = setUp(3 * CONVERSATIONS_PER_MESSAGE);
    follower.start();
    store.setState({ vaultStatus: "locked" } as Partial<AppState>);
    vi.runAllTimers();
    expect(search.close).toHaveBeenCalled();
    expect(sent).toHaveLength(1);
  });
});
