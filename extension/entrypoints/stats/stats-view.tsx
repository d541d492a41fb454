import { useMemo } from 'preact/hooks';
import { progressSubject } from '../../../shared/progress-keys';
import { deriveProgress } from '../../../shared/resource-progress';
import { BarChart } from '../../components/bar-chart';
import { allEntries, buildChecklist } from '../../lib/checklist-model';
import { formatDuration } from '../../lib/format-duration';
import { sessionsOf } from '../../lib/next-up';
import { schedulePace, schedulePaceText } from '../../lib/pace/schedule-pace';
import { scheduleSessions } from '../../lib/pace/scheduled-sessions';
import { paceScheduleFrom } from '../../lib/settings';
import { activityDays } from '../../lib/stats/activity-days';
import { currentStreak } from '../../lib/stats/current-streak';
import { finishedPerWeek } from '../../lib/stats/finished-per-week';
import { finishedTimes } from '../../lib/stats/finished-times';
import { timeWatched } from '../../lib/stats/time-watched';
import { weekLabel } from '../../lib/stats/week-label';
import { useCurricula } from '../../lib/use-curricula';
import { useRegisters } from '../../lib/use-registers';

/**
 * The active curriculum in numbers: time watched, current streak, pace against the learner's
 * schedule, and items finished per week, all derived from the registers (every browser's
 * progress once synced).
 */
export function StatsView() {
  const registers = useRegisters();
  const curricula = useCurricula();
  const curriculum = curricula?.active;
  const stats = useMemo(() => {
    if (!registers || !curriculum || !curricula) return null;
    const now = Date.now();
    const checklist = buildChecklist(curriculum, deriveProgress(registers));
    const entries = [...allEntries(checklist.sections)];
    const subjects = new Set(entries.map((e) => progressSubject(e.item.resourceKey)));
    const finished = [...finishedTimes(registers)]
      .filter(([subject]) => subjects.has(subject))
      .map(([, ms]) => ms);
    const sessions = scheduleSessions(sessionsOf(checklist), curricula.scheduleOf(curriculum.id));
    const pace = sessions.length > 0 ? schedulePace(sessions, now) : null;
    return {
      title: checklist.title,
      watched: timeWatched(entries.map((e) => e.progress)),
      streak: currentStreak(activityDays(registers), now),
      pace,
      sessions: sessions.length,
      schedule: paceScheduleFrom(registers, curriculum.id),
      weeks: finishedPerWeek(finished, now).map((w) => ({
        label: weekLabel(w.weekStart),
        value: w.count,
      })),
    };
  }, [registers, curriculum, curricula]);

  if (!curricula) return null;
  return (
    <main class="stats">
      <h1>Readalong stats</h1>
      {!stats ? (
        <p>No curriculum is installed. Import one on the options page.</p>
      ) : (
        <>
          <p class="stats__curriculum">{stats.title}</p>
          <dl class="stats__numbers">
            <div>
              <dt>Time watched</dt>
              <dd>{formatDuration(stats.watched)}</dd>
            </div>
            <div>
              <dt>Current streak</dt>
              <dd>
                {stats.streak} day{stats.streak === 1 ? '' : 's'}
              </dd>
            </div>
            {stats.pace ? (
              <div>
                <dt>Pace</dt>
                <dd>
                  {schedulePaceText(stats.pace)}{' '}
                  <span class="stats__detail">
                    ({stats.pace.finished} of {stats.sessions} sessions finished,{' '}
                    {stats.schedule.kind === 'recorded'
                      ? 'against the club’s recorded dates'
                      : 'against your own schedule'}
                    )
                  </span>
                </dd>
              </div>
            ) : null}
          </dl>
          <BarChart
            title="Items finished per week"
            bars={stats.weeks}
            labelHeader="Week of"
            valueHeader="Items finished"
          />
          <p class="stats__note">
            A video counts the parts you watched, once each, in every browser you sync. The streak
            counts days on which you opened, watched or ticked something. A week counts an item on
            the day it was last ticked. Change your schedule on the{' '}
            <a href="/options.html">options page</a>.
          </p>
        </>
      )}
    </main>
  );
}
