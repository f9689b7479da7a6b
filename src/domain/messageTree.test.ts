import { describe, expect, it } from "vitest";
import type { Message } from "./conversation";
import {
  ancestry,
  branchPosition,
  buildTree,
  leafForVersion,
  leafRevealing,
  pathTo,
  planDeletion,
} from "./messageTree";

let clock = 0;
function msg(id: string, parentId: string | null, role: Message["role"] = "user"): Message {
  clock += 1;
  return { id, conversationId: "c", parentId, role, content: id, createdAt: clock, status: "complete" };
}
const ids = (messages: readonly Message[]) => messages.map((message) => message.id);

/**
 *  u1 ─ a1 ─ u2 ─ a2
 *    └─ a1b ─ u3 ─ a3        (a1 regenerated, then the conversation went on)
 *  u1b ─ a4                  (u1 edited)
 */
function sample() {
  return buildTree([
    msg("u1", null),
    msg("a1", "u1", "assistant"),
    msg("u2", "a1"),
    msg("a2", "u2", "assistant"),
    msg("a1b", "u1", "assistant"),
    msg("u3", "a1b"),
    msg("a3", "u3", "assistant"),
    msg("u1b", null),
    msg("a4", "u1b", "assistant"),
  ]);
}

describe("pathTo", () => {
  it("walks from the root to the given leaf", () => {
    expect(ids(pathTo(sample(), "a2"))).toEqual(["u1", "a1", "u2", "a2"]);
    expect(ids(pathTo(sample(), "a3"))).toEqual(["u1", "a1b", "u3", "a3"]);
  });

  it("shows the newest branch when no leaf (or an unknown one) is remembered", () => {
    expect(ids(pathTo(sample(), undefined))).toEqual(["u1b", "a4"]);
    expect(ids(pathTo(sample(), "gone"))).toEqual(["u1b", "a4"]);
    expect(pathTo(buildTree([]), undefined)).toEqual([]);
  });

  it("follows the newest continuation below a message that is not a leaf", () => {
    expect(ids(pathTo(sample(), "u1"))).toEqual(["u1", "a1b", "u3", "a3"]);
  });

  it("stops at a cycle instead of looping forever", () => {
    const tree = buildTree([msg("x", "y"), msg("y", "x")]);
    expect(ids(ancestry(tree, "x"))).toEqual(["y", "x"]);
  });
});

describe("branchPosition and leafForVersion", () => {
  it("numbers versions oldest first and names the neighbours", () => {
    const tree = sample();
    expect(branchPosition(tree, tree.byId.get("a1")!)).toEqual({ index: 1, count: 2, nextId: "a1b" });
    expect(branchPosition(tree, tree.byId.get("a1b")!)).toEqual({ index: 2, count: 2, previousId: "a1" });
    expect(branchPosition(tree, tree.byId.get("u2")!)).toEqual({ index: 1, count: 1 });
    expect(branchPosition(tree, tree.byId.get("u1b")!)).toMatchObject({
      index: 2,
      count: 2,
      previousId: "u1",
    });
  });

  it("switching to a version shows that version's newest continuation", () => {
    expect(leafForVersion(sample(), "a1")).toBe("a2");
    expect(leafForVersion(sample(), "u1")).toBe("a3");
    expect(leafForVersion(sample(), "a4")).toBe("a4");
  });
});

describe("planDeletion", () => {
  it("removes only a message without other versions, and what followed it now follows its parent", () => {
    const plan = planDeletion(sample(), "u2", "a2");
    expect(plan.removedIds).toEqual(["u2"]);
    expect(plan.relinked).toEqual([expect.objectContaining({ id: "a2", parentId: "a1" })]);
    expect(plan.activeLeafId).toBe("a2");
  });

  it("deleting the shown leaf shows its parent's branch", () => {
    expect(planDeletion(sample(), "a2", "a2")).toMatchObject({ removedIds: ["a2"], activeLeafId: "u2" });
  });

  it("removes a version with everything after it and shows the neighbouring version", () => {
    const plan = planDeletion(sample(), "a1b", "a3");
    expect(plan.removedIds.sort()).toEqual(["a1b", "a3", "u3"]);
    expect(plan.relinked).toEqual([]);
    expect(plan.activeLeafId).toBe("a2");
    expect(planDeletion(sample(), "a1", "a2").activeLeafId).toBe("a3");
  });

  it("keeps the shown branch when another version is deleted", () => {
    expect(planDeletion(sample(), "a1", "a4")).toMatchObject({ activeLeafId: "a4" });
  });

  it("deleting the only message leaves nothing to show; an unknown id changes nothing", () => {
    const single = buildTree([msg("only", null)]);
    expect(planDeletion(single, "only", "only")).toEqual({
      removedIds: ["only"],
      relinked: [],
      activeLeafId: undefined,
    });
    expect(planDeletion(sample(), "nope", "a2")).toEqual({
      removedIds: [],
      relinked: [],
      activeLeafId: "a2",
    });
  });
});

describe("leafRevealing", () => {
  it("leaves the view alone when the message is on the shown branch", () => {
    const tree = sample();
    expect(leafRevealing(tree, "a2", "a1")).toBeUndefined();
    expect(leafRevealing(tree, undefined, "a4")).toBeUndefined();
    // Shown below the active leaf: the newest continuation is what is on screen.
    expect(leafRevealing(tree, "u1b", "a4")).toBeUndefined();
  });

  it("switches to the version holding a hidden message, at any depth, and shows its newest continuation", () => {
    const tree = sample();
    expect(leafRevealing(tree, undefined, "u2")).toBe("a2");
    expect(leafRevealing(tree, "a2", "u3")).toBe("a3");
    expect(leafRevealing(tree, "a2", "u1b")).toBe("a4");
    expect(ids(pathTo(tree, leafRevealing(tree, "a4", "a1")))).toEqual(["u1", "a1", "u2", "a2"]);
  });

  it("ignores an unknown message", () => {
    expect(leafRevealing(sample(), "a2", "nope")).toBeUndefined();
  });
});
