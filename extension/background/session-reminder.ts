/**
 * Session reminders, opt-in and per browser (`reminderPrefsStorage`): the day before each
 * session of the learner's schedule, at the hour they chose, a notification lists what is
 * still unread for it; clicking it opens the session. ONE alarm stands for the next reminder
 * due across every curriculum with sessions; it is re-armed when it fires, and whenever the
 * registers (schedules, curricula) or the preferences change.
 */
import { browser } from 'wxt/browser';
import type { Curriculum } from '../../shared/curriculum';
import { deriveProgress } from '../../shared/resource-progress';
import { buildChecklist } from '../lib/checklist-model';
import { installedCurricula } from '../lib/curricula';
import { curriculumSessions } from '../lib/curriculum-sessions';
import { sessionsOf } from '../lib/next-up';
import { scheduleSessions } from '../lib/pace/scheduled-sessions';
import { type SessionReminder, sessionReminders } from '../lib/pace/session-reminders';
import { sessionUnread } from '../lib/pace/session-unread';
import { paceScheduleFrom } from '../lib/settings';
import { registersStorage, reminderPrefsStorage } from '../lib/storage';
import { validRegisters } from '../lib/valid-registers';

export const REMINDER_ALARM = 'session-reminder';
/** A notification's id: this prefix, the curriculum id, `/`, the session's section key. */
const NOTIFICATION_PREFIX = 'session-reminder:';
/** A reminder that fires this much late (the browser was closed) is no longer worth showing. */
const STALE_AFTER_MS = 86_400_000;
/** Titles listed in the notification; the rest are counted. */
const LISTED = 4;

interface Due {
  curriculum: Curriculum;
  reminder: SessionReminder;
  /** The session's place among the curriculum's sessions (the same in its checklist). */
  index: number;
}

async function everyReminder(hour: number): Promise<{ due: Due[]; registers: Registers }> {
  const { registers } = validRegisters(await registersStorage.getValue());
  const due = installedCurricula(registers).flatMap((curriculum) => {
    const sessions = curriculumSessions(curriculum);
    const schedule = paceScheduleFrom(registers, curriculum.id);
    return sessionReminders(scheduleSessions(sessions, schedule), hour).map((reminder) => ({
      curriculum,
      reminder,
      index: sessions.indexOf(reminder.session.section as (typeof sessions)[number]),
    }));
  });
  return { due: due.sort((a, b) => a.reminder.at - b.reminder.at), registers };
}
type Registers = ReturnType<typeof validRegisters>['registers'];

/** Sets the alarm for the next reminder after `now`, or clears it when there is none. */
export async function armReminder(now = Date.now()): Promise<void> {
  const prefs = await reminderPrefsStorage.getValue();
  const next = prefs.on
    ? (await everyReminder(prefs.hour)).due.find((d) => d.reminder.at > now)
    : undefined;
  const alarm = await browser.alarms.get(REMINDER_ALARM);
  if (!next) {
    if (alarm) await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  if (alarm?.scheduledTime !== next.reminder.at)
    await browser.alarms.create(REMINDER_ALARM, { when: next.reminder.at });
}

/** What the alarm does: shows the reminder due at `now`, if any, then arms the next one. */
export async function onReminderAlarm(now = Date.now()): Promise<void> {
  const prefs = await reminderPrefsStorage.getValue();
  if (prefs.on) {
    const { due, registers } = await everyReminder(prefs.hour);
    const fired = due.filter((d) => d.reminder.at <= now && now - d.reminder.at < STALE_AFTER_MS);
    const latest = fired.at(-1);
    if (latest) await showReminder(latest, registers);
  }
  await armReminder(now);
}

async function showReminder({ curriculum, index }: Due, registers: Registers): Promise<void> {
  const checklist = buildChecklist(curriculum, deriveProgress(registers));
  const section = sessionsOf(checklist)[index];
  if (!section) return;
  const unread = sessionUnread(checklist, section);
  const titles = unread.slice(0, LISTED).map((entry) => `• ${entry.item.title}`);
  if (unread.length > LISTED) titles.push(`and ${unread.length - LISTED} more`);
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${curriculum.id}/${section.key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Tomorrow: ${section.title}`,
    message:
      unread.length === 0
        ? 'Everything for it is done. Enjoy the session!'
        : `Still unread:\n${titles.join('\n')}`,
  });
}

/** Opens the session of a reminder: its recording (the side panel shows its card), or its first link. */
export async function openReminded(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const rest = notificationId.slice(NOTIFICATION_PREFIX.length);
  const slash = rest.indexOf('/');
  const [curriculumId, sectionKey] = [rest.slice(0, slash), rest.slice(slash + 1)];
  const { registers } = validRegisters(await registersStorage.getValue());
  const curriculum = installedCurricula(registers).find((c) => c.id === curriculumId);
  const checklist = curriculum && buildChecklist(curriculum, deriveProgress(registers));
  const section = checklist && sessionsOf(checklist).find((s) => s.key === sectionKey);
  const items = section?.entries.map((e) => e.item) ?? [];
  const url = (items.find((i) => i.kind === 'video' && i.url) ?? items.find((i) => i.url))?.url;
  await browser.notifications.clear(notificationId);
  if (url) await browser.tabs.create({ url });
}

export function registerSessionReminders(): void {
  const arm = () =>
    armReminder().catch((error: unknown) =>
      console.error('Readalong: could not set the session reminder:', error),
    );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    onReminderAlarm().catch((error: unknown) =>
      console.error('Readalong: could not show the session reminder:', error),
    );
  });
  browser.notifications.onClicked.addListener((id) => {
    openReminded(id).catch((error: unknown) =>
      console.error('Readalong: could not open the session:', error),
    );
  });
  reminderPrefsStorage.watch(arm);
  registersStorage.watch(arm);
  void arm();
}
