import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** The CSS variable holding the popup header's height: section headings stick just below it. */
export const HEADER_HEIGHT_VARIABLE = '--ra-header-height';

/** Keeps `HEADER_HEIGHT_VARIABLE` on the page equal to the header's height as it changes. */
export function useHeaderHeight(header: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty(HEADER_HEIGHT_VARIABLE, `${el.offsetHeight}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => observer.disconnect();
  }, [header]);
}
