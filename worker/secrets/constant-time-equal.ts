/**
 * Workers' `crypto.subtle.timingSafeEqual`, which is not in the DOM's `SubtleCrypto` (the
 * extension type-checks this file too, for the typed client's `AppType`).
 */
type WorkersSubtleCrypto = SubtleCrypto & {
  timingSafeEqual(a: ArrayBufferView, b: ArrayBufferView): boolean;
};

/** Compares two strings in time that depends only on their length, never on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.byteLength !== right.byteLength) return false;
  return (crypto.subtle as WorkersSubtleCrypto).timingSafeEqual(left, right);
}
