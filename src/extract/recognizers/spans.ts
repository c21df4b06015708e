import type { Span } from '../../types.js';

/** The union of some spans, answering in O(log n) whether a span touches it. */
export class SpanIndex {
  private readonly merged: Span[] = [];

  constructor(spans: Iterable<Span>) {
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      const last = this.merged[this.merged.length - 1];
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else this.merged.push({ start: span.start, end: span.end });
    }
  }

  overlaps(span: Span): boolean {
    let low = 0;
    let high = this.merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.merged[mid].end <= span.start) low = mid + 1;
      else high = mid;
    }
    return low < this.merged.length && this.merged[low].start < span.end;
  }
}

/** Index of the first of some spans, sorted by start, that starts at or after `offset` (binary search). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
