/** Saves data as a file through the browser's download, entirely locally (a blob URL, no request). */
export function downloadJson(data: unknown, fileName: string): void {
  downloadText(JSON.stringify(data, null, 2), fileName, "application/json");
}

export function downloadText(text: string, fileName: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; revoke on the next tick to be safe in every browser.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
