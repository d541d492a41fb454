import { useEffect, useState } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { isBundled } from './installed-curricula';
import { settingsFrom } from './settings';
import { registersStorage } from './storage';
import { preloadedItem } from './storage-preload';
import { readableRegisters } from './valid-registers';

/**
 * The bundled curricula as extension pages load them: the book club is 31 KB of JSON (6 KB
 * gzipped), a chunk of its own that a page loads when it first needs it, not before its
 * first paint when an imported curriculum is the one shown (bench/README.md, "Bundles").
 */
let loaded: readonly Curriculum[] | undefined;
let loading: Promise<readonly Curriculum[]> | undefined;

export function loadBundledCurricula(): Promise<readonly Curriculum[]> {
  loading ??= import('../../shared/curricula').then((m) => {
    loaded = m.bundledCurricula;
    return loaded;
  });
  return loading;
}

/**
 * For a page about to render from preloaded storage (storage-preload.ts): loads the bundled
 * curricula first when the active curriculum is one of them, so the first render draws it.
 */
export async function loadBundledIfActive(): Promise<void> {
  const stored = preloadedItem(registersStorage)?.current();
  const { activeCurriculumId } = settingsFrom(readableRegisters(stored));
  if (isBundled(activeCurriculumId)) await loadBundledCurricula();
}

/**
 * The bundled curricula, undefined until loaded. `needNow`: start loading during this render
 * (the page cannot draw without them); otherwise they load once the page has painted.
 */
export function useBundledCurricula(needNow: boolean): readonly Curriculum[] | undefined {
  const [bundled, setBundled] = useState(() => loaded);
  if (needNow && bundled === undefined) void loadBundledCurricula().then(setBundled);
  useEffect(() => {
    if (bundled === undefined) void loadBundledCurricula().then(setBundled);
  }, [bundled]);
  return bundled;
}
