import type { NetworkRequestRecord } from "../../domain/networkRequest";
import type { ErasedStorage, PrivacyService } from "../../services/privacy/PrivacyService";

/** A PrivacyService for store tests, with a request log in memory and an erase that can be told to fail. */
export class FakePrivacy implements PrivacyService {
  requests: NetworkRequestRecord[] = [];
  erased: ErasedStorage = { databases: ["sigilo", "webllm/model"], caches: [] };
  eraseFailure: Error | undefined;
  eraseCalls = 0;

  async listNetworkRequests() {
    return [...this.requests];
  }
  async clearNetworkRequests() {
    this.requests = [];
  }
  async eraseEverything() {
    this.eraseCalls++;
    if (this.eraseFailure) throw this.eraseFailure;
    return this.erased;
  }
}
