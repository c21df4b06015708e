/** Where progress is drawn: a terminal's stderr, one line rewritten in place. */
export interface ProgressStream {
  write(text: string): unknown;
}

/**
 * Progress of a long run, for a person watching a terminal: nothing for a run shorter than `after` milliseconds (a
 * cached or small run), then one line redrawn at most every tenth of a second (and at the end of each stage),
 * erased at the end.
 */
export class Progress {
  private readonly started: number;
  private drawn = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly after = 2000,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(stage: string, done: number, total: number): void {
    const time = this.now();
    if (time - this.started < this.after || (time - this.drawn < 100 && done < total)) return;
    this.drawn = time;
    this.shown = true;
    this.stream.write(`\rparty-diplo: ${stage} ${done}/${total} (${Math.floor((done / total) * 100)}%)\x1b[K`);
  }

  finish(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
