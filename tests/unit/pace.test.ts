import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist, type Checklist } from '../../extension/lib/checklist-model';
import { sessionsOf } from '../../extension/lib/next-up';
import { isPaceSchedule, type PaceSchedule } from '../../extension/lib/pace/pace-schedule';
import { schedulePace, schedulePaceText } from '../../extension/lib/pace/schedule-pace';
import { scheduleSessions } from '../../extension/lib/pace/scheduled-sessions';
import { sessionNow } from '../../extension/lib/pace/session-now';
import { nextReminder, sessionReminders } from '../../extension/lib/pace/session-reminders';
import { sessionUnread } from '../../extension/lib/pace/session-unread';
import { bundledCurricula } from '../../shared/curricula';
import { progressSubject } from '../../shared/progress-keys';
import type { ResourceProgress } from '../../shared/resource-progress';

// A zone with daylight saving time: Berlin moves to summer time on Sunday 29 March 2026.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = zone;
});

const bookClub = bundledCurricula.find((c) => c.id === 'dmls-bookclub')!;

/** The book club's checklist with the given resource keys done. */
function checklist(...doneKeys: string[]): Checklist {
  const progress = new Map<string, ResourceProgress>(
    doneKeys.map((key) => [
      progressSubject(key),
      {
        subject: progressSubject(key),
        epoch: 0,
        firstOpened: null,
        lastOpened: null,
        openCount: 1,
        status: 'done',
        video: null,
        notes: [],
      },
    ]),
  );
  return buildChecklist(bookClub, progress);
}

const weekly: PaceSchedule = { kind: 'own-pace', start: '2026-03-14', everyDays: 7 };
const sessions = (schedule: PaceSchedule, list = checklist()) =>
  scheduleSessions(sessionsOf(list), schedule);
const numberOf = (s: { section: { session?: { number: number } } } | null) =>
  s?.section.session?.number ?? null;
/** Noon, local time, on a date. */
const on = (y: number, m: number, d: number, hour = 12) => new Date(y, m - 1, d, hour);

describe('a schedule gives each session a date', () => {
  it('keeps the club’s 2024 dates when recorded, and says they are recordings', () => {
    const dated = sessions({ kind: 'recorded' });
    expect(dated.map((s) => s.date)).toEqual([
      '2024-04-13',
      '2024-04-20',
      '2024-04-27',
      '2024-05-04',
      '2024-05-11',
      '2024-05-18',
      '2024-05-25',
      '2024-06-01',
      '2024-06-08',
      '2024-06-15',
      '2024-06-22',
    ]);
    expect(dated.every((s) => s.recorded)).toBe(true);
  });

  it('puts one session a week from my start date, across the change to summer time', () => {
    const dated = sessions(weekly);
    expect(dated.slice(0, 4).map((s) => s.date)).toEqual([
      '2026-03-14',
      '2026-03-21',
      '2026-03-28',
      '2026-04-04',
    ]);
    expect(dated.at(-1)?.date).toBe('2026-05-23');
    expect(dated.some((s) => s.recorded)).toBe(false);
  });

  it('can run every N days, across a month and a year end', () => {
    const dated = sessions({ kind: 'own-pace', start: '2026-12-28', everyDays: 3 });
    expect(dated.slice(0, 3).map((s) => s.date)).toEqual([
      '2026-12-28',
      '2026-12-31',
      '2027-01-03',
    ]);
  });

  it('accepts only schedules that make sense when read back from storage', () => {
    expect(isPaceSchedule(weekly)).toBe(true);
    expect(isPaceSchedule({ kind: 'recorded' })).toBe(true);
    expect(isPaceSchedule({ ...weekly, everyDays: 0 })).toBe(false);
    expect(isPaceSchedule({ ...weekly, everyDays: 1.5 })).toBe(false);
    expect(isPaceSchedule({ ...weekly, start: '2026-02-30' })).toBe(false);
    expect(isPaceSchedule({ ...weekly, colour: 'red' })).toBe(false);
    expect(isPaceSchedule({ kind: 'someday' })).toBe(false);
    expect(isPaceSchedule(null)).toBe(false);
  });
});

describe('the session now', () => {
  it('is nothing yet before my start date, with the first session coming', () => {
    const now = sessionNow(sessions(weekly), on(2026, 3, 10));
    expect(numberOf(now.current)).toBeNull();
    expect(numberOf(now.next)).toBe(1);
    expect(now.daysUntilNext).toBe(4);
  });

  it('is a session from its date until the day before the next one', () => {
    const dated = sessions(weekly);
    expect(numberOf(sessionNow(dated, on(2026, 3, 21, 0)).current)).toBe(2);
    expect(numberOf(sessionNow(dated, on(2026, 3, 27, 23)).current)).toBe(2);
    const sunday = sessionNow(dated, on(2026, 3, 29, 23));
    expect([numberOf(sunday.current), numberOf(sunday.next), sunday.daysUntilNext]).toEqual([
      3, 4, 6,
    ]);
  });

  it('lets the last session last one period, then there is none', () => {
    const dated = sessions(weekly);
    expect(numberOf(sessionNow(dated, on(2026, 5, 29)).current)).toBe(11);
    const after = sessionNow(dated, on(2026, 5, 30));
    expect([after.current, after.next]).toEqual([null, null]);
  });

  it('has no session now for the club’s 2024 dates, two years on', () => {
    const now = sessionNow(sessions({ kind: 'recorded' }), on(2026, 7, 1));
    expect([now.current, now.next]).toEqual([null, null]);
  });
});

describe('what is still unread for a session', () => {
  it('lists the session’s slides and video, then its chapter, until they are done', () => {
    const titles = (list: Checklist) =>
      sessionUnread(list, sessionsOf(list)[6]!).map((e) => e.item.title);
    expect(titles(checklist())).toEqual([
      'Slides',
      'YouTube',
      'Chapter 7: Model Deployment and Prediction Service',
    ]);
    const session7 = sessionsOf(checklist())[6]!;
    const video = session7.entries.find((e) => e.item.kind === 'video')!.item.resourceKey;
    expect(titles(checklist(video))).toEqual([
      'Slides',
      'Chapter 7: Model Deployment and Prediction Service',
    ]);
  });
});

describe('reminders, the day before each session', () => {
  it('are due at the chosen hour on the wall clock, summer time or not', () => {
    const [first, second, third, fourth] = sessionReminders(sessions(weekly), 18);
    // Friday 13 March 18:00 in Berlin is 17:00 UTC (winter time, UTC+1).
    expect(new Date(first!.at).toISOString()).toBe('2026-03-13T17:00:00.000Z');
    expect(new Date(second!.at).toISOString()).toBe('2026-03-20T17:00:00.000Z');
    expect(new Date(third!.at).toISOString()).toBe('2026-03-27T17:00:00.000Z');
    // Friday 3 April 18:00 is 16:00 UTC (summer time, UTC+2): not a fixed 7 × 24 hours later.
    expect(new Date(fourth!.at).toISOString()).toBe('2026-04-03T16:00:00.000Z');
    expect(numberOf(fourth!.session)).toBe(4);
  });

  it('keeps to the wall clock on the night the clocks go forward', () => {
    // A session on Monday 30 March: its reminder is on Sunday 29 March, the day of the change.
    const schedule: PaceSchedule = { kind: 'own-pace', start: '2026-03-30', everyDays: 7 };
    const [first] = sessionReminders(sessions(schedule), 18);
    expect(new Date(first!.at).toISOString()).toBe('2026-03-29T16:00:00.000Z');
  });

  it('the next one is the first still to come', () => {
    const dated = sessions(weekly);
    const next = nextReminder(dated, 18, on(2026, 3, 20, 19).getTime());
    expect(numberOf(next!.session)).toBe(3);
    expect(nextReminder(dated, 18, on(2026, 6, 1).getTime())).toBeNull();
    expect(nextReminder(sessions({ kind: 'recorded' }), 18, on(2026, 1, 1).getTime())).toBeNull();
  });
});

describe('pace against the schedule', () => {
  it('counts sessions behind, on schedule, and ahead', () => {
    const keysOf = (n: number) =>
      sessionsOf(checklist())
        .slice(0, n)
        .flatMap((s) => s.entries.map((e) => e.item.resourceKey));
    const paceOn = (list: Checklist, day: Date) =>
      schedulePaceText(schedulePace(sessions(weekly, list), day));
    // On 21 March two sessions are due (14 and 21 March).
    expect(paceOn(checklist(), on(2026, 3, 21))).toBe('2 sessions behind');
    expect(paceOn(checklist(...keysOf(1)), on(2026, 3, 21))).toBe('1 session behind');
    expect(paceOn(checklist(...keysOf(2)), on(2026, 3, 21))).toBe('On schedule');
    expect(paceOn(checklist(...keysOf(3)), on(2026, 3, 21))).toBe('1 session ahead');
  });
});
