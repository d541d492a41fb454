import type { Curriculum } from '../../shared/curriculum';
import { createResourceIndex, type ResourceIndex } from '../../shared/resource-index';
import { installedCurricula } from '../lib/curricula';
import { type PageLinks, pageLinksFrom, sameLinks } from '../lib/page-links';
import { registersStorage } from '../lib/storage';
import { validRegisters } from '../lib/valid-registers';

/** The resource index of every installed curriculum, on demand. */
export type InstalledIndex = () => Promise<ResourceIndex>;

/**
 * Whether two lists index alike: the index reads only a curriculum's id and sections, and a
 * curriculum the learner retitled is a fresh copy at each read (curriculum-arrangement.ts).
 */
const sameList = (a: readonly Curriculum[], b: readonly Curriculum[]) =>
  a.length === b.length && a.every((c, n) => c.id === b[n]?.id && c.sections === b[n]?.sections);

/**
 * Builds the index when first asked, and again when the installed curricula or the pages the
 * learner linked to items (both derived from the registers) change: a write of the registers
 * only marks it stale, the next call reads them again, and a write of progress alone, every few
 * seconds while a video plays, keeps the index. The background makes one and hands it to every
 * feature that matches URLs.
 */
export function createInstalledIndex(): InstalledIndex {
  let cached:
    | Promise<{ curricula: Curriculum[]; links: PageLinks; index: ResourceIndex }>
    | undefined;
  const build = async (previous: typeof cached) => {
    const { registers } = validRegisters(await registersStorage.getValue());
    const curricula = installedCurricula(registers);
    const links = pageLinksFrom(registers, curricula);
    const before = await previous?.catch(() => undefined);
    return before && sameList(before.curricula, curricula) && sameLinks(before.links, links)
      ? before
      : { curricula, links, index: createResourceIndex(curricula, links) };
  };
  const refresh = () => {
    const building = build(cached);
    // A failed read is tried again on the next call rather than remembered.
    building.catch(() => {
      if (cached === building) cached = undefined;
    });
    cached = building;
    return building;
  };
  let stale = false;
  registersStorage.watch(() => {
    stale = true;
  });
  return async () => {
    const current = stale || !cached ? refresh() : cached;
    stale = false;
    return (await current).index;
  };
}
