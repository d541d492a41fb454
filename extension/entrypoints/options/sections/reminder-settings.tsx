import { useState } from 'preact/hooks';
import { messageOf } from '../../../lib/message-of';
import { type ReminderPrefs, reminderPrefsStorage } from '../../../lib/storage';
import { useStorageValue } from '../../../lib/use-storage-value';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) =>
  new Date(2000, 0, 1, hour).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * Session reminders, in this browser only (the background's session-reminder.ts shows them):
 * on every paired browser they would come several times.
 */
export function ReminderSettings() {
  const prefs = useStorageValue(reminderPrefsStorage);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  if (prefs === undefined) return null;

  const save = async (change: Partial<ReminderPrefs>) => {
    const next = { ...prefs, ...change };
    try {
      await reminderPrefsStorage.setValue(next);
      setStatus({
        error: false,
        text: next.on
          ? `Saved: reminders at ${hourLabel(next.hour)} the day before each session.`
          : 'Saved: no reminders.',
      });
    } catch (e) {
      setStatus({ error: true, text: `Could not save: ${messageOf(e)}` });
    }
  };

  return (
    <div class="reminder-settings">
      <h3>Reminders</h3>
      <p>
        <label>
          <input
            type="checkbox"
            checked={prefs.on}
            onChange={(e) => void save({ on: e.currentTarget.checked })}
          />{' '}
          Remind me the day before each session of my schedule, with what is still unread for it
        </label>
      </p>
      <p>
        <label for="reminder-hour">at</label>{' '}
        <select
          id="reminder-hour"
          class="ra-input"
          value={prefs.hour}
          disabled={!prefs.on}
          onChange={(e) => void save({ hour: Number(e.currentTarget.value) })}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {hourLabel(hour)}
            </option>
          ))}
        </select>
      </p>
      <p class="options-hint">
        This choice stays in this browser: turn reminders on in the one browser you want them in, or
        every browser you sync would show each reminder again. The club’s recorded dates are past,
        so reminders need a schedule at your own pace.
      </p>
      <p role="status" class="options-section__status">
        {status ? status.error ? <span class="ra-error">{status.text}</span> : status.text : null}
      </p>
    </div>
  );
}
