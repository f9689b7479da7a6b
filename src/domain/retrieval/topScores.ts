/** A chunk of a document with its score for one question. */
export interface ScoredChunk {
  documentId: string;
  index: number;
  score: number;
}

/**
 * Keeps the `limit` best-scoring chunks of a stream without sorting all of it (a min-heap of the best so
 * far): searching 100,000 chunks for the best 50 costs a comparison per chunk, not a sort. Ties keep the
 * chunk offered first, so results do not depend on anything but the input order.
 */
export class TopScores {
  private readonly heap: (ScoredChunk & { order: number })[] = [];
  private offered = 0;

  constructor(private readonly limit: number) {}

  offer(documentId: string, index: number, score: number): void {
    const order = this.offered++;
    if (this.limit <= 0 || Number.isNaN(score)) return;
    if (this.heap.length < this.limit) {
      this.heap.push({ documentId, index, score, order });
      this.siftUp(this.heap.length - 1);
    } else if (score > this.heap[0]!.score) {
      this.heap[0] = { documentId, index, score, order };
      this.siftDown(0);
    }
  }

  /** Best first. */
  results(): ScoredChunk[] {
    return [...this.heap]
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ documentId, index, score }) => ({ documentId, index, score }));
  }

  /** Whether `a` ranks below `b` (the heap's root is the lowest). */
  private below(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.score < y.score || (x.score === y.score && x.order > y.order);
  }

  private siftUp(at: number): void {
    let child = at;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.below(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private siftDown(at: number): void {
    let parent = at;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let lowest = parent;
      if (left < this.heap.length && this.below(left, lowest)) lowest = left;
      if (right < this.heap.length && this.below(right, lowest)) lowest = right;
      if (lowest === parent) return;
      this.swap(parent, lowest);
      parent = lowest;
    }
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
}
