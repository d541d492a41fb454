/** Placeholder: filled in by the helper that owns this feature. */
export function registerToolbarBadge(): void {}
