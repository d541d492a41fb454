/**
 * How every side-by-side case is timed: a warm-up of each side, then `rounds` rounds in which
 * every side runs once, in an order that rotates from round to round (so neither side always
 * runs first, on a warm cache or after a collection). A side's samples are kept per round, so
 * a ratio can be taken within a round, where both sides met the same machine load.
 */

/** One side of a comparison: a name and one run, which returns its measurements. */
export interface Side<M> {
  name: string;
  run(): Promise<M>;
}

/** Samples of each side, indexed [side][round]. */
export async function alternate<M>(
  sides: Side<M>[],
  options: { warmup: number; rounds: number },
): Promise<M[][]> {
  for (let w = 0; w < options.warmup; w++) for (const side of sides) await side.run();
  const samples: M[][] = sides.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const i = (round + k) % sides.length;
      samples[i]!.push(await sides[i]!.run());
    }
  }
  return samples;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The value below which `p` of the samples fall (nearest rank). */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
};

/** Median, min and max of a list of samples. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export const spread = (values: readonly number[]): Spread => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

/** The median over rounds of Readalong's value divided by the peer's in the same round. */
export const roundRatio = (readalong: readonly number[], peer: readonly number[]): number =>
  median(readalong.map((value, round) => value / peer[round]!));
