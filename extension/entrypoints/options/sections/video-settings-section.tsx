import { useEffect, useMemo, useState } from 'preact/hooks';
import { call } from '../../../lib/call';
import { messageOf } from '../../../lib/message-of';
import { clampDoneThreshold, type Settings, settingsFrom } from '../../../lib/settings';
import { useRegisters } from '../../../lib/use-registers';

/** Videos: when watching counts as done, and whether to resume where you left off by itself. */
export function VideoSettingsSection() {
  const registers = useRegisters();
  const settings = useMemo(() => registers && settingsFrom(registers), [registers]);
  const [percent, setPercent] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (settings && percent === null) setPercent(Math.round(settings.doneThreshold * 100));
  }, [settings, percent]);

  if (!settings || percent === null) return null;

  const save = async (changes: Partial<Settings>, message: string) => {
    setError(null);
    try {
      await call('set-settings', changes);
      setSaved(message);
    } catch (e) {
      setSaved(null);
      setError(`Could not save: ${messageOf(e)}`);
    }
  };

  return (
    <section class="options-section" aria-labelledby="video-settings-heading">
      <h2 id="video-settings-heading">Videos</h2>
      <p>
        <label for="done-threshold">A video counts as done once you have watched</label>{' '}
        <input
          id="done-threshold"
          type="range"
          min={50}
          max={100}
          step={5}
          value={percent}
          aria-valuetext={`${percent}%`}
          onInput={(e) => setPercent(Number(e.currentTarget.value))}
          onChange={(e) => {
            const value = clampDoneThreshold(Number(e.currentTarget.value) / 100);
            save({ doneThreshold: value }, `Saved: done at ${Math.round(value * 100)}% watched.`);
          }}
        />{' '}
        <output for="done-threshold">{percent}%</output> of it. Parts watched twice count once, and
        skipping ahead does not count. You can still tick or untick any video by hand.
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.autoResume}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              save(
                { autoResume: on },
                on
                  ? 'Saved: videos resume by themselves.'
                  : 'Saved: the side panel offers to resume.',
              );
            }}
          />{' '}
          Resume a video where I left off as soon as it opens (otherwise the side panel offers
          “Resume at …”). A link with a start time (<code>t=</code>) always starts there.
        </label>
      </p>
      <p role="status" class="options-section__status">
        {error ? <span class="ra-error">{error}</span> : saved}
      </p>
    </section>
  );
}
