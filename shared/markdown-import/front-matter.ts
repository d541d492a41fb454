/**
 * Blanks out YAML front matter — a first line `---`, `key: value` lines, and a closing `---` or
 * `...` line — so that CommonMark does not read it as a rule and a heading. Lines are blanked,
 * not removed, so positions in the rest of the document stay the same. Scans lines; the
 * Markdown itself is left to the parser.
 */
export function withoutFrontMatter(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return text;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      if (i === 1) return text; // `---` twice: two rules, not front matter
      return '\n'.repeat(i + 1) + lines.slice(i + 1).join('\n');
    }
    if (line !== '' && !isYamlLine(line)) return text;
  }
  return text;
}

/** `key: value`, `key:`, `- item`, an indented continuation or a `#` comment. */
function isYamlLine(line: string): boolean {
  if (line.startsWith(' ') || line.startsWith('\t') || line.startsWith('#')) return true;
  if (line.startsWith('- ')) return true;
  const colon = line.indexOf(':');
  return colon > 0 && (colon === line.length - 1 || line[colon + 1] === ' ');
}
