/** Placeholder: filled in by the helper that owns this section. */
export function VideoSettingsSection() {
  return null;
}
