import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  armReminder,
  onReminderAlarm,
  openReminded,
  REMINDER_ALARM,
} from '../../extension/background/session-reminder';
import { curriculumDrafts } from '../../extension/lib/curriculum-registers';
import { atLocalTime } from '../../extension/lib/local-date';
import { setStatus } from '../../extension/lib/progress-actions';
import { writeRegisters } from '../../extension/lib/progress-writer';
import { paceScheduleDraft } from '../../extension/lib/settings';
import { reminderPrefsStorage } from '../../extension/lib/storage';
import type { Curriculum, Item, Section } from '../../shared/curriculum';

const item = (id: string, kind: Item['kind'] = 'reading'): Item => ({
  id,
  title: `The ${id}`,
  kind,
  url: `https://example.com/${id}`,
  resourceKey: `example.com/${id}`,
});
const session = (n: number): Section => ({
  id: `session-${n}`,
  title: `Session ${n}`,
  session: { number: n, date: `2024-04-${10 + n}`, chapter: n },
  items: [item(`slides-${n}`, 'slides'), item(`video-${n}`, 'video')],
  sections: [],
});
const club: Curriculum = {
  id: 'club',
  title: 'Club',
  source: 'test',
  version: 1,
  sections: [
    { id: 'sessions', title: 'Sessions', items: [], sections: [session(1), session(2)] },
    {
      id: 'reading',
      title: 'Reading',
      items: [{ ...item('chapter-1', 'chapter'), title: 'Chapter 1: Overview' }],
      sections: [],
    },
  ],
};

const at = (date: string, hour: number) => atLocalTime(date, hour).getTime();

describe('session reminders, through the alarm', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await writeRegisters((registers) => ({
      drafts: [
        ...curriculumDrafts(club, registers),
        paceScheduleDraft('club', { kind: 'own-pace', start: '2030-03-04', everyDays: 7 }),
      ],
    }));
  });

  it('sets no alarm while reminders are off (the default)', async () => {
    await armReminder(at('2030-03-01', 12));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('reminds the day before each session at my hour, listing what is still unread', async () => {
    await reminderPrefsStorage.setValue({ on: true, hour: 19 });
    await setStatus(['example.com/slides-1'], 'done');
    await armReminder(at('2030-03-01', 12));
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(at('2030-03-03', 19));

    await onReminderAlarm(at('2030-03-03', 19));
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.values(shown)).toEqual([
      expect.objectContaining({
        title: 'Tomorrow: Session 1',
        message: 'Still unread:\n• The video-1\n• Chapter 1: Overview',
      }),
    ]);
    // Re-armed for the next session, a week later.
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(
      at('2030-03-10', 19),
    );

    // Clicking it opens the session's recording.
    await openReminded(Object.keys(shown)[0]!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://example.com/video-1');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('clears the alarm once reminders are turned off, or no session is left', async () => {
    await reminderPrefsStorage.setValue({ on: true, hour: 18 });
    await armReminder(at('2030-03-01', 12));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
    await armReminder(at('2030-03-12', 12));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    await armReminder(at('2030-03-01', 12));
    await reminderPrefsStorage.setValue({ on: false, hour: 18 });
    await armReminder(at('2030-03-01', 12));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});
