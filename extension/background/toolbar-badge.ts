/**
 * The toolbar badge: the active curriculum's overall progress (`lib/overall-progress.ts`: partial
 * progress counts too), blank until there is any, kept up to date whenever the registers change: local writes and pulled changes of
 * progress, curricula and the chosen curriculum alike.
 */
import { browser } from 'wxt/browser';
import { deriveProgress } from '../../shared/resource-progress';
import { badgeLabel } from '../lib/badge-label';
import { buildChecklist } from '../lib/checklist-model';
import { activeCurriculum, installedCurricula } from '../lib/curricula';
import { overallProgress } from '../lib/overall-progress';
import { settingsFrom } from '../lib/settings';
import { registersStorage } from '../lib/storage';
import { validRegisters } from '../lib/valid-registers';

const BADGE_COLOUR = '#146c2e';

/** The badge text for the current state: "42%", or nothing before any progress (or curriculum). */
export async function badgeText(): Promise<string> {
  const { registers } = validRegisters(await registersStorage.getValue());
  const curriculum = activeCurriculum(
    installedCurricula(registers),
    settingsFrom(registers).activeCurriculumId,
  );
  if (!curriculum) return '';
  const progress = deriveProgress(registers);
  return badgeLabel(overallProgress(buildChecklist(curriculum, progress)));
}

export function registerToolbarBadge(): void {
  let running: Promise<void> | null = null;
  let again = false;
  const refresh = async () => {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
    await browser.action.setBadgeText({ text: await badgeText() });
  };
  // Coalesces bursts of changes: at most one refresh runs, and one more follows if needed.
  const update = () => {
    if (running) {
      again = true;
      return;
    }
    running = refresh()
      .catch((error: unknown) => console.error('Readalong: could not update the badge:', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          update();
        }
      });
  };
  // Every write, local or pulled, lands in the registers item: one watch sees them all.
  registersStorage.watch(update);
  update();
}
