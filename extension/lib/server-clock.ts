/**
 * The sync server's clock, as this browser knows it. Every sync answer carries the server's
 * time (`serverTime`); the offset from this browser's clock, taken at the middle of the
 * request, is kept (`serverClockOffsetStorage`), and every stamp and every time written into
 * progress is `Date.now() + offset`. So two browsers whose clocks are minutes (or a day) apart
 * still order their actions as they happened, once each has heard from the server since its
 * clock was last set.
 */

/** The server's clock minus this browser's, from one answer (error: half the round trip). */
export function offsetFrom(serverTime: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}

/** Now, on the server's clock. */
export function correctedNow(offset: number): number {
  return Date.now() + offset;
}
