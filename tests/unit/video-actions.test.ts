import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetProgress, setStatus } from '../../extension/lib/progress-actions';
import { applyRemoteChanges, writeRegisters } from '../../extension/lib/progress-writer';
import { settingDrafts } from '../../extension/lib/settings';
import { outboxStorage, registersStorage } from '../../extension/lib/storage';
import {
  addNote,
  deleteNote,
  editNote,
  recordWatch,
  type WatchReport,
} from '../../extension/lib/video-actions';
import { formatHlc } from '../../shared/hlc';
import { itemState } from '../../shared/item-state';
import {
  encodeProgressKey,
  PROGRESS_MERGE,
  type ProgressKey,
  progressSubject,
} from '../../shared/progress-keys';
import type { Json } from '../../shared/register';
import { deriveProgress } from '../../shared/resource-progress';
import type { Interval } from '../../shared/watched-intervals';

const KEY = 'youtube:AAAAAAAAAAA';

async function progress() {
  return deriveProgress(await registersStorage.getValue()).get(progressSubject(KEY));
}

const watched = (intervals: Interval[], position = intervals.at(-1)?.[1] ?? 0): WatchReport => ({
  duration: 100,
  intervals,
  position,
});

/** Another browser's change to this video, as a pull brings it. */
function fromElsewhere(key: ProgressKey, value: Json) {
  return applyRemoteChanges(
    [
      {
        key: encodeProgressKey(key),
        value,
        hlc: formatHlc(Date.now(), 0, 'other'),
        merge: PROGRESS_MERGE[key.field],
      },
    ],
    0,
  );
}

describe('recordWatch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the duration, the spans, the furthest point, the share and the resume point', async () => {
    await recordWatch(KEY, watched([[0, 30]], 31.26));
    const p = await progress();
    expect(p?.video).toEqual({
      duration: 100,
      furthest: 30,
      fraction: 0.3,
      intervals: [[0, 30]],
      position: 31.3,
    });
    expect(p?.status).toBe('none');
  });

  it('adds a later report’s spans to the earlier ones of this device (union)', async () => {
    await recordWatch(KEY, watched([[0, 30]]));
    await recordWatch(KEY, watched([[20, 50]]));
    await recordWatch(KEY, watched([[70, 80]]));
    const p = await progress();
    expect(p?.video?.intervals).toEqual([
      [0, 50],
      [70, 80],
    ]);
    expect(p?.video?.fraction).toBeCloseTo(0.6);
    expect(p?.video?.furthest).toBe(80);
  });

  it('moves the resume point back when the learner goes back', async () => {
    await recordWatch(KEY, watched([[0, 60]]));
    await recordWatch(KEY, watched([[0, 60]], 12));
    expect((await progress())?.video?.position).toBe(12);
  });

  it('keeps a known duration when a report has none (metadata not loaded yet)', async () => {
    await recordWatch(KEY, watched([[0, 10]]));
    await recordWatch(KEY, { duration: null, intervals: [[10, 20]], position: 20 });
    expect((await progress())?.video).toMatchObject({ duration: 100, fraction: 0.2 });
  });

  it('records a live stream without a duration: spans and position, no share', async () => {
    await recordWatch(KEY, { duration: null, intervals: [[500, 530]], position: 530 });
    expect((await progress())?.video).toMatchObject({
      duration: null,
      fraction: 0,
      furthest: 530,
      position: 530,
    });
  });

  it('writes nothing when a report brings nothing new', async () => {
    await recordWatch(KEY, watched([[0, 30]]));
    const outbox = await outboxStorage.getValue();
    const changes = await recordWatch(KEY, watched([[5, 25]], 30));
    expect(changes).toEqual([]);
    expect(await outboxStorage.getValue()).toEqual(outbox);
  });
});

describe('the done rule', () => {
  beforeEach(() => fakeBrowser.reset());

  it('ticks the video done when the share watched reaches the threshold', async () => {
    await recordWatch(KEY, watched([[0, 89]]));
    expect((await progress())?.status).toBe('none');
    await recordWatch(KEY, watched([[89, 90]]));
    expect((await progress())?.status).toBe('done');
  });

  it('counts the share, not the furthest point: skipping to the end is not done', async () => {
    await recordWatch(KEY, watched([[0, 10]]));
    await recordWatch(KEY, watched([[95, 100]]));
    const p = await progress();
    expect(p?.video?.furthest).toBe(100);
    expect(p?.status).toBe('none');
  });

  it('follows the threshold set in the options', async () => {
    await writeRegisters(() => ({ drafts: settingDrafts({ doneThreshold: 0.6 }) }));
    await recordWatch(KEY, watched([[0, 60]]));
    expect((await progress())?.status).toBe('done');
  });

  it('does not tick again after the learner unticked it', async () => {
    await recordWatch(KEY, watched([[0, 95]]));
    expect((await progress())?.status).toBe('done');
    await setStatus([KEY], 'none');
    await recordWatch(KEY, watched([[0, 100]]));
    await recordWatch(KEY, watched([[40, 100]]));
    expect((await progress())?.status).toBe('none');
  });

  it('ticks again after a reset, when the video is watched anew', async () => {
    await recordWatch(KEY, watched([[0, 95]]));
    await resetProgress([KEY]);
    const afterReset = await progress();
    expect(afterReset?.status).toBe('none');
    expect(afterReset?.video?.fraction ?? 0).toBe(0);
    await recordWatch(KEY, watched([[0, 50]]));
    expect((await progress())?.status).toBe('none');
    await recordWatch(KEY, watched([[50, 92]]));
    expect((await progress())?.status).toBe('done');
  });
});

describe('notes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds notes at a time, listed by time', async () => {
    const later = await addNote(KEY, 754.32, '  Feature stores  ');
    const earlier = await addNote(KEY, 60, 'Intro');
    expect((await progress())?.notes).toMatchObject([
      { id: earlier, seconds: 60, text: 'Intro' },
      { id: later, seconds: 754.3, text: 'Feature stores' },
    ]);
  });

  it('edits a note’s text and time', async () => {
    const id = await addNote(KEY, 60, 'Intro');
    await editNote(KEY, id, { text: 'Introduction' });
    await editNote(KEY, id, { seconds: 75 });
    expect((await progress())?.notes).toMatchObject([{ id, seconds: 75, text: 'Introduction' }]);
  });

  it('deletes a note by writing null, which syncs like any change', async () => {
    const id = await addNote(KEY, 60, 'Intro');
    await deleteNote(KEY, id);
    expect((await progress())?.notes).toEqual([]);
    const outbox = await outboxStorage.getValue();
    expect(Object.values(outbox).find((c) => c.key.includes(`/note/${id}/`))?.value).toBeNull();
  });

  it('refuses an empty note, a negative time, and editing a deleted note, losing nothing', async () => {
    const id = await addNote(KEY, 60, 'Intro');
    await expect(addNote(KEY, 10, '   ')).rejects.toThrow(/needs some text/);
    await expect(addNote(KEY, -1, 'x')).rejects.toThrow(/from 0 up/);
    await expect(editNote(KEY, id, { text: '' })).rejects.toThrow(/needs some text/);
    expect((await progress())?.notes).toMatchObject([{ id, text: 'Intro' }]);
    await deleteNote(KEY, id);
    await expect(editNote(KEY, id, { text: 'again' })).rejects.toThrow(/no longer exists/);
  });

  it('keeps notes through a reset of the progress', async () => {
    await addNote(KEY, 60, 'Intro');
    await resetProgress([KEY]);
    expect((await progress())?.notes).toHaveLength(1);
  });
});

describe('merges that read right', () => {
  beforeEach(() => fakeBrowser.reset());
  const subject = progressSubject(KEY);

  it('ticks done when halves watched on two browsers cross the threshold together', async () => {
    await recordWatch(KEY, watched([[0, 50]]));
    expect((await progress())?.status).toBe('none');
    await fromElsewhere({ field: 'iv', epoch: 0, device: 'other', subject }, [[50, 100]]);
    const p = await progress();
    expect(p?.video?.fraction).toBe(1);
    expect(p?.status).toBe('done');
    // The tick and the merged share go to the other browsers too.
    const outbox = await outboxStorage.getValue();
    expect(outbox[`p/status/${subject}`]?.value).toBe('done');
    expect(outbox[`p/fraction/0/${subject}`]?.value).toBe(1);
  });

  it('never shows less watched when a slightly longer duration arrives', async () => {
    await recordWatch(KEY, watched([[0, 80]]));
    expect((await progress())?.video?.fraction).toBe(0.8);
    await fromElsewhere({ field: 'len', epoch: 0, subject }, 101);
    expect((await progress())?.video?.fraction).toBe(0.8);
  });

  it('a reset clears the video length too: the item is not started any more', async () => {
    await recordWatch(KEY, watched([[0, 30]]));
    expect(itemState(await progress()).kind).toBe('watching');
    await resetProgress([KEY]);
    const p = await progress();
    expect(p?.video).toBeNull();
    expect(itemState(p)).toEqual({ kind: 'not-started' });
  });
});
