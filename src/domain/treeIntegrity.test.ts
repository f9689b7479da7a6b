import { describe, expect, it } from "vitest";
import type { Conversation, Message } from "./conversation";
import { buildTree, pathTo } from "./messageTree";
import { checkTree, isValidTree } from "./treeIntegrity";

const conversation: Conversation = { id: "c", title: "Tides", titled: true, createdAt: 1, updatedAt: 1 };
let clock = 0;
function msg(id: string, parentId: string | null, conversationId = "c"): Message {
  clock += 1;
  return { id, conversationId, parentId, role: "user", content: id, createdAt: clock, status: "complete" };
}
const links = (messages: readonly Message[]) => messages.map((m) => `${m.id}<${m.parentId ?? "-"}`);

describe("checkTree", () => {
  it("leaves a valid tree exactly as it is", () => {
    const messages = [msg("a", null), msg("b", "a"), msg("b2", "a"), msg("c", "b")];
    const checked = checkTree({ ...conversation, activeLeafId: "c" }, messages);
    expect(checked.repair).toBeUndefined();
    expect(checked.messages).toEqual(messages);
  });

  it("cuts a message that answers itself, and shows it", () => {
    const checked = checkTree({ ...conversation, activeLeafId: "a" }, [msg("a", "a")]);
    expect(links(checked.messages)).toEqual(["a<-"]);
    expect(checked.repair).toMatchObject({ loopsCut: 1, reattached: 0, leafReset: false });
    expect(links(checked.repair!.changed)).toEqual(["a<-"]);
    expect(pathTo(buildTree(checked.messages), "a").map((m) => m.id)).toEqual(["a"]);
  });

  it("cuts two messages answering each other at the older one", () => {
    const checked = checkTree(conversation, [msg("root", null), msg("x", "y"), msg("y", "x")]);
    expect(links(checked.messages)).toEqual(["root<-", "x<root", "y<x"]);
    expect(checked.repair).toMatchObject({ loopsCut: 1 });
  });

  it("attaches a message whose parent is missing to the message before it", () => {
    const checked = checkTree(conversation, [msg("a", null), msg("b", "a"), msg("d", "lost"), msg("e", "d")]);
    expect(links(checked.messages)).toEqual(["a<-", "b<a", "d<b", "e<d"]);
    expect(checked.repair).toMatchObject({ reattached: 1, loopsCut: 0 });
  });

  it("treats a parent in another conversation as missing, and leaves out foreign messages", () => {
    const checked = checkTree(conversation, [msg("a", "elsewhere"), msg("z", null, "other"), msg("a", null)]);
    expect(links(checked.messages)).toEqual(["a<-"]);
    expect(checked.repair).toMatchObject({ reattached: 1, leftOut: 2 });
  });

  it("forgets a shown version that does not exist", () => {
    const checked = checkTree({ ...conversation, activeLeafId: "gone" }, [msg("a", null)]);
    expect(checked.conversation.activeLeafId).toBeUndefined();
    expect(checked.repair).toMatchObject({ leafReset: true, changed: [] });
  });

  it("repairs a long chain whose parents point forwards into a loop, in one pass", () => {
    const count = 20_000;
    const messages = Array.from({ length: count }, (_, i) => msg(`m${i}`, `m${(i + 1) % count}`));
    const checked = checkTree(conversation, messages);
    expect(isValidTree(checked.conversation, checked.messages)).toBe(true);
    expect(checked.repair?.loopsCut).toBe(1);
  });
});
