/**
 * The files a user chose through a file input or dropped on the page, each with its path relative to
 * what was chosen ("Folder/sub/file.bin" for a folder, the file's name for loose files).
 */
export interface PathedFile {
  path: string;
  file: File;
}

/** From `<input type="file">`, with or without `webkitdirectory`. */
export function filesFromInput(list: FileList | null): PathedFile[] {
  return [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/**
 * From a drop, walking dropped folders. The entries must be taken during the drop event itself (the
 * browser empties the DataTransfer afterwards), so this reads them before its first await.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<PathedFile[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return Promise.resolve(filesFromInput(transfer.files));
  return (async () => {
    const found: PathedFile[] = [];
    for (const entry of entries) await walk(entry, found);
    return found;
  })();
}

async function walk(entry: FileSystemEntry, found: PathedFile[]): Promise<void> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    found.push({ path: entry.fullPath.replace(/^\//, ""), file });
    return;
  }
  if (!isDirectory(entry)) return;
  const reader = entry.createReader();
  // readEntries hands out a directory's entries in batches, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, found);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
