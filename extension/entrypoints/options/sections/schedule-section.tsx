import { useState } from 'preact/hooks';
import type { Curriculum } from '../../../../shared/curriculum';
import { call } from '../../../lib/call';
import { curriculumSessions } from '../../../lib/curriculum-sessions';
import { addDays, localIsoDate } from '../../../lib/local-date';
import { messageOf } from '../../../lib/message-of';
import { isPaceSchedule, MAX_EVERY_DAYS, type PaceSchedule } from '../../../lib/pace/pace-schedule';
import { useCurricula } from '../../../lib/use-curricula';
import { ReminderSettings } from './reminder-settings';

const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

/** One curriculum's schedule: the club's recorded dates, or a start date and a rhythm. */
function ScheduleForm({ curriculum, stored }: { curriculum: Curriculum; stored: PaceSchedule }) {
  const sessions = curriculumSessions(curriculum).length;
  const [kind, setKind] = useState(stored.kind);
  const [start, setStart] = useState(
    stored.kind === 'own-pace' ? stored.start : localIsoDate(Date.now()),
  );
  const [everyDays, setEveryDays] = useState(stored.kind === 'own-pace' ? stored.everyDays : 7);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const id = (name: string) => `schedule-${curriculum.id}-${name}`;

  const save = async (event: Event) => {
    event.preventDefault();
    const schedule = kind === 'recorded' ? { kind } : { kind, start, everyDays };
    if (!isPaceSchedule(schedule)) {
      setStatus({
        error: true,
        text: `Choose a start date and a number of days from 1 to ${MAX_EVERY_DAYS}.`,
      });
      return;
    }
    try {
      await call('set-pace-schedule', { curriculumId: curriculum.id, schedule });
      setStatus({
        error: false,
        text:
          schedule.kind === 'recorded'
            ? 'Saved: you follow the club’s recorded dates.'
            : `Saved: session 1 on ${longDate(schedule.start)}, the last (${sessions}) on ${longDate(
                addDays(schedule.start, (sessions - 1) * schedule.everyDays),
              )}.`,
      });
    } catch (e) {
      setStatus({ error: true, text: `Could not save: ${messageOf(e)}` });
    }
  };

  return (
    <form class="schedule-form" onSubmit={save}>
      <fieldset>
        <legend>
          {curriculum.title} ({sessions} sessions)
        </legend>
        <p>
          <label>
            <input
              type="radio"
              name={id('kind')}
              checked={kind === 'recorded'}
              onChange={() => setKind('recorded')}
            />{' '}
            At the club’s own dates (its sessions are recordings)
          </label>
        </p>
        <p>
          <label>
            <input
              type="radio"
              name={id('kind')}
              checked={kind === 'own-pace'}
              onChange={() => setKind('own-pace')}
            />{' '}
            At my own pace
          </label>
        </p>
        <p class="schedule-form__pace">
          <label for={id('start')}>First session on</label>{' '}
          <input
            id={id('start')}
            class="ra-input"
            type="date"
            value={start}
            disabled={kind !== 'own-pace'}
            onInput={(e) => setStart(e.currentTarget.value)}
          />{' '}
          <label for={id('every')}>then one every</label>{' '}
          <input
            id={id('every')}
            class="ra-input schedule-form__days"
            type="number"
            min={1}
            max={MAX_EVERY_DAYS}
            value={everyDays}
            disabled={kind !== 'own-pace'}
            onInput={(e) => setEveryDays(Number(e.currentTarget.value))}
          />{' '}
          days (7: one a week)
        </p>
      </fieldset>
      <p>
        <button type="submit" class="ra-button ra-button--primary">
          Save schedule<span class="ra-visually-hidden"> for {curriculum.title}</span>
        </button>
      </p>
      <p role="status" class="options-section__status">
        {status ? status.error ? <span class="ra-error">{status.text}</span> : status.text : null}
      </p>
    </form>
  );
}

/**
 * When to follow the sessions of each curriculum that has them (the book club): "Next up",
 * the side panel's session card and the reminders follow this schedule, in every browser.
 */
export function ScheduleSection() {
  const curricula = useCurricula();
  if (!curricula) return null;
  const withSessions = curricula.curricula.filter((c) => curriculumSessions(c).length > 0);
  return (
    <section class="options-section" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">My schedule</h2>
      <p>
        Follow a club’s sessions at the dates it met, or from a start date you choose. “Next up” and
        the side panel follow your schedule, in every browser you sync.
      </p>
      {withSessions.length === 0 ? <p>No installed curriculum has dated sessions.</p> : null}
      {withSessions.map((curriculum) => (
        <ScheduleForm
          key={curriculum.id}
          curriculum={curriculum}
          stored={curricula.scheduleOf(curriculum.id)}
        />
      ))}
      <ReminderSettings />
    </section>
  );
}
