import type { RefObject } from 'preact';
import { useCallback, useRef } from 'preact/hooks';

/**
 * A ref for a control that can vanish while it has the focus — a reset button once there is
 * nothing left to reset, "Resume at …" once the video is there — so that the focus moves to
 * `fallback` instead of being lost to the page (a keyboard user would start again from the top).
 */
export function useFocusFallback<T extends HTMLElement>(
  fallback: RefObject<HTMLElement | null>,
): (element: T | null) => void {
  const current = useRef<T | null>(null);
  return useCallback(
    (element: T | null) => {
      const leaving = current.current;
      current.current = element;
      // Preact clears a ref just before it removes the element: it still has the focus then.
      if (!element && leaving && leaving.ownerDocument.activeElement === leaving)
        fallback.current?.focus();
    },
    [fallback],
  );
}
