/**
 * Progress of a long import on stderr: a bar redrawn in place when stderr is a terminal, else a line
 * of counts every tenth of the way. Small jobs (under `threshold` items) show nothing.
 */

export interface Progress {
  /** Starts a phase of `total` items. */
  start(phase: string, total: number): void;
  /** `count` more items of the current phase are done. */
  advance(count: number): void;
  /** Ends the current phase. */
  finish(): void;
}

export const SILENT: Progress = { start: () => undefined, advance: () => undefined, finish: () => undefined };

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** A progress reporter writing to `stream` (stderr by default). */
export function createProgress(stream: ProgressStream = process.stderr, threshold = 1000): Progress {
  let phase = '';
  let total = 0;
  let done = 0;
  let shownStep = -1;
  let lastDraw = 0;
  let active = false;
  const width = 30;
  const draw = (final: boolean): void => {
    if (!active) return;
    if (stream.isTTY === true) {
      const now = Date.now();
      if (!final && now - lastDraw < 100) return;
      lastDraw = now;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      stream.write(`\r${phase} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${final ? '\n' : ''}`);
    } else {
      const step = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (step === shownStep && !final) return;
      if (final && step === shownStep) return;
      shownStep = step;
      stream.write(`${phase}: ${done}/${total} (${Math.round((done / Math.max(total, 1)) * 100)}%)\n`);
    }
  };
  return {
    start(name, count) {
      phase = name;
      total = count;
      done = 0;
      shownStep = -1;
      lastDraw = 0;
      active = count >= threshold;
      draw(false);
    },
    advance(count) {
      done = Math.min(total, done + count);
      draw(false);
    },
    finish() {
      draw(true);
      active = false;
    },
  };
}
