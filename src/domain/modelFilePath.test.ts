import { describe, expect, it } from "vitest";
import { isFileInFolder } from "./modelFilePath";

describe("isFileInFolder", () => {
  it("accepts the file names MLC writes, and files in sub-folders", () => {
    for (const path of [
      "params_shard_0.bin",
      "params_shard_117.bin",
      "./params_shard_1.bin",
      "weights/a.bin",
    ]) {
      expect(isFileInFolder(path), path).toBe(true);
    }
  });

  it("refuses every way of naming a file outside the model's folder", () => {
    for (const path of [
      "https://evil.example/params_shard_0.bin",
      "http://127.0.0.1:8080/x.bin",
      "//evil.example/x.bin",
      "\\\\evil.example\\x.bin",
      "/etc/params.bin",
      "\\params.bin",
      "../other-model/params_shard_0.bin",
      "sub/../../x.bin",
      "%2e%2e/x.bin",
      ".%2E/x.bin",
      "..\\x.bin",
      " https://evil.example/x.bin",
      "\thttps://evil.example/x.bin",
      "data:application/octet-stream;base64,AAAA",
      "blob:https://huggingface.co/0b1c",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "params.bin?x=1",
      "params.bin#frag",
      "?x",
      ".",
      "..",
      "sub/",
      "",
    ]) {
      expect(isFileInFolder(path), JSON.stringify(path)).toBe(false);
    }
  });

  it("refuses an absolute URL even when it happens to point inside the folder it is checked against", () => {
    expect(isFileInFolder("https://one.invalid/owner/model/resolve/main/x.bin")).toBe(false);
  });
});
