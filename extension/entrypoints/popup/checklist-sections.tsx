import { useRef } from 'preact/hooks';
import { ChecklistBody, type ChecklistBodyProps } from './checklist-section';
import { useVirtualWindow, type VirtualWindowOptions } from './use-virtual-window';

/**
 * The checklist's sections, virtualised: a long list draws only the rows near the view
 * (use-virtual-window.ts), the rest stands as padding, so a list of thousands of items opens
 * and scrolls as fast as a short one.
 */
export function ChecklistSections(
  props: Omit<ChecklistBodyProps, 'headHeights' | 'stickAt'> & VirtualWindowOptions,
) {
  const { jumpTo, onJumped, ...body } = props;
  const container = useRef<HTMLDivElement>(null);
  const { drawn, headHeights } = useVirtualWindow(props.rows, container, { jumpTo, onJumped });
  return (
    <div
      ref={container}
      class="popup__sections"
      style={{ paddingTop: `${drawn.padTop}px`, paddingBottom: `${drawn.padBottom}px` }}
    >
      <ChecklistBody {...body} drawn={drawn} headHeights={headHeights} stickAt={0} />
    </div>
  );
}
