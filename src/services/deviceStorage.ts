/** The browser's storage manager (`navigator.storage`), as the model manager needs it. */
export interface DeviceStorage {
  /** Undefined figures when the browser does not say. */
  estimate(): Promise<{ usage?: number; quota?: number }>;
  /** Undefined when the browser has no persistence API. */
  persisted(): Promise<boolean | undefined>;
  persist(): Promise<boolean | undefined>;
}

export const browserDeviceStorage: DeviceStorage = {
  estimate: async () => (navigator.storage?.estimate ? navigator.storage.estimate() : {}),
  persisted: async () => (navigator.storage?.persisted ? navigator.storage.persisted() : undefined),
  persist: async () => (navigator.storage?.persist ? navigator.storage.persist() : undefined),
};
