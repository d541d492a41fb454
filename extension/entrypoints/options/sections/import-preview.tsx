import type { Curriculum, Item, Section } from '../../../../shared/curriculum';
import { isFinished, itemState } from '../../../../shared/item-state';
import { progressSubject } from '../../../../shared/progress-keys';
import type { ResourceProgress } from '../../../../shared/resource-progress';
import { walkItems } from '../../../../shared/walk-items';
import type { PreparedImport } from '../../../lib/import-curriculum';

/** How many items the preview lists, of the list's start, and of what a re-import changes. */
const FIRST_ITEMS = 5;
const CHANGES_SHOWN = 8;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** The sections that hold items, depth first, with the titles above them. */
function sectionsWithItems(sections: readonly Section[], above: string[] = []) {
  const found: { id: string; title: string; items: number }[] = [];
  for (const section of sections) {
    const path = [...above, section.title];
    if (section.items.length > 0)
      found.push({ id: section.id, title: path.join(' › '), items: section.items.length });
    found.push(...sectionsWithItems(section.sections, path));
  }
  return found;
}

export interface ImportPreviewProps {
  prepared: PreparedImport;
  progress: ReadonlyMap<string, ResourceProgress>;
  busy: boolean;
  onImport(activate: boolean): void;
  onCancel(): void;
}

/**
 * What an import would install, before anything is saved: title, sections with their item
 * counts, the first items, how many the learner has finished already (progress is kept by
 * resource), and what a re-import adds and removes.
 */
export function ImportPreview({
  prepared,
  progress,
  busy,
  onImport,
  onCancel,
}: ImportPreviewProps) {
  const { curriculum, itemCount, replaces, changes } = prepared;
  const items = [...walkItems(curriculum)].map(({ item }) => item);
  const finished = countFinished(curriculum, progress);
  // The list's own title heads every section: it is left out of their names.
  const top = curriculum.sections.length === 1 ? curriculum.sections[0]! : undefined;
  const sections =
    top && top.items.length === 0 && top.title === curriculum.title
      ? sectionsWithItems(top.sections)
      : sectionsWithItems(curriculum.sections);
  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h4 id="import-preview-title" class="import-preview__title">
        {replaces ? 'Update' : 'Preview'}: {curriculum.title}
      </h4>
      <p class="import-preview__summary">
        {plural(itemCount, 'item')} in {plural(Math.max(1, sections.length), 'section')}
        {finished > 0 ? ` · you have finished ${finished} of them already` : ''}.
      </p>
      <ul class="import-preview__sections" aria-label="Sections">
        {sections.slice(0, 12).map((s) => (
          <li key={s.id}>
            {s.title} <span class="import-preview__muted">({plural(s.items, 'item')})</span>
          </li>
        ))}
        {sections.length > 12 ? (
          <li class="import-preview__muted">and {plural(sections.length - 12, 'more section')}</li>
        ) : null}
      </ul>
      <p class="import-preview__label">First items</p>
      <ol class="import-preview__items" aria-label="First items">
        {items.slice(0, FIRST_ITEMS).map((item) => (
          <li key={item.id}>{item.title}</li>
        ))}
      </ol>
      {replaces ? <ReimportChanges title={replaces.title} changes={changes} /> : null}
      <div class="import-preview__actions">
        <button
          type="button"
          class="ra-button ra-button--primary"
          disabled={busy}
          onClick={() => onImport(false)}
        >
          {replaces ? 'Update' : 'Import'}
        </button>
        <button type="button" class="ra-button" disabled={busy} onClick={() => onImport(true)}>
          {replaces ? 'Update and switch to it' : 'Import and switch to it'}
        </button>
        <button type="button" class="ra-button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ReimportChanges({
  title,
  changes,
}: {
  title: string;
  changes: { added: Item[]; removed: Item[] };
}) {
  const { added, removed } = changes;
  if (added.length === 0 && removed.length === 0) {
    return (
      <p class="import-preview__changes">
        “{title}” is already installed, with the same items. Your progress is kept.
      </p>
    );
  }
  return (
    <div class="import-preview__changes">
      <p>
        This replaces “{title}”: {plural(added.length, 'item')} added,{' '}
        {plural(removed.length, 'item')} removed. Your progress is kept.
      </p>
      <ChangeList label="Added" items={added} />
      <ChangeList label="Removed" items={removed} />
    </div>
  );
}

function ChangeList({ label, items }: { label: string; items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <ul class="import-preview__items" aria-label={label}>
      {items.slice(0, CHANGES_SHOWN).map((item) => (
        <li key={item.resourceKey}>
          {label === 'Added' ? '+ ' : '− '}
          {item.title}
        </li>
      ))}
      {items.length > CHANGES_SHOWN ? (
        <li class="import-preview__muted">and {items.length - CHANGES_SHOWN} more</li>
      ) : null}
    </ul>
  );
}

function countFinished(curriculum: Curriculum, progress: ReadonlyMap<string, ResourceProgress>) {
  const seen = new Set<string>();
  let n = 0;
  for (const { item } of walkItems(curriculum)) {
    if (seen.has(item.resourceKey)) continue;
    seen.add(item.resourceKey);
    if (isFinished(itemState(progress.get(progressSubject(item.resourceKey))))) n++;
  }
  return n;
}
