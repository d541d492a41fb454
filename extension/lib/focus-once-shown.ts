/**
 * Focuses the element with id `id` as soon as it is drawn (a few frames at most: it appears once
 * a change the background made reaches this page), for a control whose place another takes.
 * Gives up after `frames` frames.
 */
export function focusOnceShown(id: string, frames = 60): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (frames > 0) focusOnceShown(id, frames - 1);
  });
}
