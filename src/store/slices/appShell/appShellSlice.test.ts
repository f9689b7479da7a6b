import { describe, expect, it } from "vitest";
import { createTestStore } from "../../testing/testStore";

describe("appShell slice", () => {
  it("follows the connection, the install offer and a waiting update", async () => {
    const { store, appShell } = await createTestStore();
    expect(store.getState()).toMatchObject({ online: true, installOffered: false, updateReady: false });
    appShell.setOnline(false);
    expect(store.getState().online).toBe(false);
    appShell.offerInstall();
    expect(store.getState().installOffered).toBe(true);
    appShell.shipUpdate();
    expect(store.getState().updateReady).toBe(true);
  });

  it("asks the browser to install once, and applies an update only when asked", async () => {
    const { store, appShell } = await createTestStore();
    appShell.offerInstall();
    await store.getState().installApp();
    expect(appShell.installPrompts).toBe(1);
    expect(store.getState().installOffered).toBe(false);
    appShell.shipUpdate();
    expect(appShell.updatesApplied).toBe(0);
    // Switching is offered once what the new version needs is known to be stored.
    await expect.poll(() => store.getState().updateLibraries?.status).toBe("ready");
    await store.getState().applyUpdate();
    expect(appShell.updatesApplied).toBe(1);
  });
});
