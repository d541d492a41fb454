/** Seconds as a video clock: `23:10`, `1:02:05` (whole seconds, rounded down). */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** `23:10`, `1:02:05`, `90` (seconds) → seconds; null when it is none of these. */
export function parseClock(text: string): number | null {
  const match = /^\s*(?:(\d+):)?(?:(\d{1,2}):)?(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const [, first, second, last] = match;
  const hours = second === undefined ? 0 : Number(first);
  const minutes = second === undefined ? Number(first ?? 0) : Number(second);
  const seconds = Number(last);
  if ((first !== undefined && seconds >= 60) || (second !== undefined && minutes >= 60))
    return null;
  return hours * 3600 + minutes * 60 + seconds;
}
