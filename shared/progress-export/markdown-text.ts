import { formatClock } from '../format-clock';
import { noteMomentUrl } from '../note-moment-url';
import type { TimestampedNote } from '../resource-progress';

/** Text as Markdown shows it literally: `[`, `*`, `_`, `` ` ``, `<` and the like escaped, one line. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** `[text](url)`, the URL's spaces and parentheses escaped so that the link holds. */
export function markdownLink(text: string, url: string): string {
  const safe = url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${markdownText(text)}](${safe})`;
}

/**
 * A note as a list entry: `- [12:34](https://www.youtube.com/watch?v=ID&t=754s) text`, linking
 * to its moment for a YouTube item; `- 12:34 text` for any other item.
 */
export function noteLine(note: TimestampedNote, itemUrl: string | undefined, indent = ''): string {
  const at = formatClock(note.seconds);
  const url = noteMomentUrl(itemUrl, note.seconds);
  const moment = url ? markdownLink(at, url) : at;
  return `${indent}- ${moment} ${markdownText(note.text)}`;
}
