/** Placeholder: filled in by the helper that owns this section. */
export function SyncSection() {
  return null;
}
