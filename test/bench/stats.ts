import type { FrameSample } from "./browser/benchGlobals";

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

const DROPPED_FRAME_MS = 1.5 * (1000 / 60);

export interface FrameStats {
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Share of deltas over 1.5 frames at 60 Hz: at least one frame was missed. */
  readonly droppedShare: number;
  /** Long tasks (over 50 ms) that started during the scroll. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly durationMs: number;
  readonly pxPerSecond: number;
}

export function frameStats(sample: FrameSample): FrameStats {
  const deltas = sample.deltas;
  return {
    frames: deltas.length,
    medianMs: median(deltas),
    p95Ms: percentile(deltas, 95),
    maxMs: deltas.length ? Math.max(...deltas) : Number.NaN,
    droppedShare: deltas.length ? deltas.filter((delta) => delta > DROPPED_FRAME_MS).length / deltas.length : Number.NaN,
    longTasks: sample.longTasks.length,
    longestTaskMs: sample.longTasks.length ? Math.max(...sample.longTasks) : 0,
    durationMs: sample.durationMs,
    pxPerSecond: sample.durationMs > 0 ? (sample.distancePx * 1000) / sample.durationMs : 0,
  };
}
