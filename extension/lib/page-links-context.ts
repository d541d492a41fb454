import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Curriculum } from '../../shared/curriculum';
import { type PageLinks, pageLinksFrom } from './page-links';
import { useRegisters } from './use-registers';

/**
 * The pages the learner linked to items without a link of their own, for every checklist row
 * below: a row of such an item opens its linked page, as a row with a link opens its own.
 */
export const PageLinksContext = createContext<PageLinks>(new Map());

/** The linked pages of the installed curricula's items, kept up to date; none while loading. */
export function usePageLinks(curricula: readonly Curriculum[] | undefined): PageLinks {
  const registers = useRegisters();
  return useMemo(
    () => (registers && curricula ? pageLinksFrom(registers, curricula) : new Map()),
    [registers, curricula],
  );
}

/** The page the learner linked to item `resourceKey`, if any. */
export const useLinkedPage = (resourceKey: string): string | undefined =>
  useContext(PageLinksContext).get(resourceKey);
