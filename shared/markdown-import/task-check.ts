import type { ListItem } from 'mdast';

/**
 * GitHub's task lists: a list item whose text opens with `[ ]` or `[x]` is marked `checked`
 * (false or true), and the box and one space after it leave its text, as GitHub shows it
 * (`- [ ] Practical MLOps` reads "Practical MLOps"). As `mdast-util-gfm-task-list-item`
 * 2.0: only at the very start of the item's first paragraph, and only before a line break, or
 * before spaces followed by more of the item. Called on each list item once its content is read
 * (autolink literals included).
 */
export function removeTaskCheck(item: ListItem): void {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return;
  const head = paragraph.children[0];
  if (head?.type !== 'text' || !/^\[[ \t\nxX]\]/.test(head.value)) return;
  const rest = head.value.slice(3);
  const more = paragraph.children.length > 1;
  const boxed =
    rest === ''
      ? paragraph.children[1]?.type === 'break'
      : rest[0] === '\n' || (/^[ \t]/.test(rest) && (more || /[^ \t]/.test(rest)));
  if (!boxed) return;
  item.checked = /[xX]/.test(head.value.charAt(1));
  head.value = rest.slice(1);
  if (head.value === '') paragraph.children.shift();
}
