/** The shape every benchmark module in bench/*.bench.ts exports as its default. */
export interface BenchFigure {
  /** What was measured, e.g. "reflective reply p99". */
  name: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "<= 2 ms"; omitted when the figure is informational. */
  target?: string;
  /** Whether the target was met; omitted when there is no target. */
  pass?: boolean;
  /** Anything a reader needs to interpret the figure (what it is a ratio of, sample size). */
  note?: string;
}

export interface Bench {
  name: string;
  run(): Promise<BenchFigure[]>;
}
