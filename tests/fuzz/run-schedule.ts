/**
 * Runs one schedule: its browsers join one new account, take their steps, then sync until
 * quiet; then the checks. Returns the problems found (none: the schedule passed).
 *
 * The checks:
 * - every browser and the server hold the same registers, and so show the same progress;
 * - no browser ever showed progress go backwards (share watched, furthest point, opens)
 *   except through a reset;
 * - for every register, the change made last in real time stands (`lww`), or the greatest or
 *   smallest one (`max`/`min`): so for every item the tick, untick, skip, reset, note edit or
 *   deletion made last stands;
 * - for every item, when the last thing done to it was a reset, it shows nothing of before;
 *   when it was watching or opening by a browser that knew of every earlier reset, that shows;
 * - a video whose merged share reached the done threshold was ticked done in that run.
 * Changes made by a browser whose clock was set and that has not heard the server's time since
 * cannot be placed in time by anyone: registers they touched are checked for convergence only.
 */
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_SETTINGS } from '../../extension/lib/settings';
import { progressSubject } from '../../shared/progress-keys';
import type { Register } from '../../shared/register';
import { deriveProgress, type ResourceProgress } from '../../shared/resource-progress';
import { coveredSeconds } from '../../shared/watched-intervals';
import type { Action, BrowserState, LateRequest } from './protocol';
import { ITEMS, type Schedule, VIDEOS } from './schedule';
import { type QueuedChange, SimBrowser } from './sim-browser';

export interface FuzzTarget {
  serverUrl: string;
  threadEntry: string;
}

export interface RunOptions {
  /** The control: browsers ignore the server's time (their offset stays 0). */
  noOffset?: boolean;
}

interface Done {
  action: Action;
  browser: number;
  at: number;
  informed: boolean;
  /** The item's reset epoch as the acting browser saw it right after. */
  epoch: number;
}

/** Simulated time runs on from one schedule to the next (the server keeps its state). */
let simTime = Date.now();
const QUIET_PASSES = 8;

export async function runSchedule(
  target: FuzzTarget,
  schedule: Schedule,
  options: RunOptions = {},
): Promise<string[]> {
  const problems: string[] = [];
  const queued: (QueuedChange & { seq: number })[] = [];
  const late: LateRequest[] = [];
  let recording = false;
  const harness = {
    threadEntry: target.threadEntry,
    serverUrl: target.serverUrl,
    noOffset: options.noOffset ?? false,
    now: () => simTime,
    onQueued: (q: QueuedChange) => {
      if (recording) queued.push({ ...q, seq: queued.length });
    },
    onLate: (request: LateRequest) => late.push(request),
  };
  const browsers = schedule.skews.map((skew, i) => new SimBrowser(i, skew, harness));
  const done: Done[] = [];
  const shown = browsers.map(() => new Map<string, ResourceProgress>());

  const tick = (ms: number) => {
    simTime += ms;
  };
  /** Reads a browser and checks nothing it shows went backwards. */
  const look = async (b: SimBrowser): Promise<BrowserState> => {
    const state = await b.read();
    const progress = deriveProgress(state.registers);
    for (const item of ITEMS) {
      const now = progress.get(progressSubject(item));
      const before = shown[b.index]!.get(item);
      if (now) shown[b.index]!.set(item, now);
      if (!before || (now?.epoch ?? 0) > before.epoch) continue;
      const backwards = [
        ['share watched', before.video?.fraction ?? 0, now?.video?.fraction ?? 0],
        ['furthest point', before.video?.furthest ?? 0, now?.video?.furthest ?? 0],
        ['times opened', before.openCount, now?.openCount ?? 0],
      ].filter(([, a, b]) => (b as number) < (a as number));
      for (const [what, a, c] of backwards)
        problems.push(`browser ${b.index}: ${item} ${what} went from ${a} to ${c} without a reset`);
    }
    return state;
  };
  const deliver = async (request: LateRequest) => {
    const response = await fetch(request.url, {
      method: request.method,
      headers: { ...request.headers, 'x-fuzz-now': String(simTime) },
      body: request.body || undefined,
    });
    await response.arrayBuffer();
  };

  try {
    // Setup: browser 0 starts syncing, the others join with pairing codes.
    const [first, ...others] = browsers;
    await expectOk(first!.send({ cmd: 'create-account', deviceName: 'browser-0' }), 0);
    await expectOk(first!.send({ cmd: 'sync', faults: [] }), 0);
    for (const b of others) {
      tick(1000);
      const { code } = await expectOk<{ code: string }>(first!.send({ cmd: 'pairing-code' }), 0);
      await expectOk(b.send({ cmd: 'join', code, deviceName: `browser-${b.index}` }), b.index);
      await expectOk(b.send({ cmd: 'sync', faults: [] }), b.index);
    }
    recording = true;

    for (const step of schedule.steps) {
      tick(step.advance);
      switch (step.kind) {
        case 'act': {
          const b = browsers[step.browser]!;
          const informed = b.informed;
          await b.send({ cmd: 'act', action: step.action });
          const state = await look(b);
          const item = 'item' in step.action ? step.action.item : null;
          const epoch = item
            ? (deriveProgress(state.registers).get(progressSubject(item))?.epoch ?? 0)
            : 0;
          done.push({ action: step.action, browser: b.index, at: simTime, informed, epoch });
          break;
        }
        case 'sync': {
          const b = browsers[step.browser]!;
          await b.send({ cmd: 'sync', faults: step.faults });
          await look(b);
          break;
        }
        case 'deliver-late': {
          const request = late.shift();
          if (request) await deliver(request);
          break;
        }
        case 'die':
          browsers[step.browser]!.kill();
          break;
        case 'clock':
          await browsers[step.browser]!.setClock(step.skew);
          break;
      }
    }

    // Everything syncs until quiet.
    for (const request of late.splice(0)) {
      tick(1000);
      await deliver(request);
    }
    let states: BrowserState[] = [];
    let quiet = false;
    for (let pass = 0; pass < QUIET_PASSES && !quiet; pass++) {
      for (const b of browsers) {
        tick(1000);
        await b.send({ cmd: 'sync', faults: [] });
      }
      states = [];
      for (const b of browsers) states.push(await look(b));
      quiet =
        states.every((s) => s.outboxSize === 0) &&
        states.every((s) => isDeepStrictEqual(s.registers, states[0]!.registers));
    }
    if (!quiet) {
      problems.push(
        `not quiet after ${QUIET_PASSES} rounds each: waiting changes ${states.map((s) => s.outboxSize).join('/')}, status ${states.map((s) => s.status).join(' | ')}`,
      );
      checkSame(problems, states, states[0]!.registers);
      return problems;
    }
    const server = await pullAll(target.serverUrl, states[0]!.token!);
    checkSame(problems, states, server);
    checkLastWriteStands(problems, queued, server);
    checkItems(problems, done, queued, server);
    return problems;
  } catch (error) {
    problems.push(`the run failed: ${(error as Error).stack ?? String(error)}`);
    return problems;
  } finally {
    await Promise.all(browsers.map((b) => b.stop()));
  }
}

async function expectOk<T>(
  outcome: Promise<{ died: false; result: T } | { died: true }>,
  browser: number,
): Promise<T> {
  const settled = await outcome;
  if (settled.died) throw new Error(`browser ${browser} died during setup`);
  return settled.result;
}

/** Every register of the account, as the server holds them. */
async function pullAll(serverUrl: string, token: string): Promise<Record<string, Register>> {
  const registers: Record<string, Register> = {};
  let cursor: string | null = null;
  for (let more = true; more; ) {
    const response = await fetch(`${serverUrl}/v1/sync`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'x-fuzz-now': String(simTime),
      },
      body: JSON.stringify({ cursor, changes: [] }),
    });
    const page = (await response.json()) as {
      cursor: string;
      more: boolean;
      changes: (Register & { key: string })[];
    };
    for (const { key, value, hlc, merge } of page.changes) registers[key] = { value, hlc, merge };
    cursor = page.cursor;
    more = page.more;
  }
  return registers;
}

function checkSame(
  problems: string[],
  states: BrowserState[],
  server: Record<string, Register>,
): void {
  states.forEach((state, i) => {
    if (!isDeepStrictEqual(state.registers, server)) {
      const keys = new Set([...Object.keys(state.registers), ...Object.keys(server)]);
      const differ = [...keys].filter((k) => !isDeepStrictEqual(state.registers[k], server[k]));
      problems.push(`browser ${i} and the server differ on ${differ.slice(0, 5).join(', ')}`);
    }
    if (!isDeepStrictEqual(state.curricula, states[0]!.curricula))
      problems.push(`browser ${i} and browser 0 list different imported curricula`);
  });
}

function checkLastWriteStands(
  problems: string[],
  queued: (QueuedChange & { seq: number })[],
  server: Record<string, Register>,
): void {
  const byKey = new Map<string, (QueuedChange & { seq: number })[]>();
  for (const q of queued) byKey.set(q.change.key, [...(byKey.get(q.change.key) ?? []), q]);
  for (const [key, writes] of byKey) {
    if (writes.some((w) => !w.informed)) continue;
    const final = server[key]?.value;
    const rule = writes[0]!.change.merge ?? 'lww';
    if (rule === 'lww') {
      const last = writes.reduce((a, b) =>
        b.at > a.at || (b.at === a.at && b.seq > a.seq) ? b : a,
      );
      if (!isDeepStrictEqual(final, last.change.value))
        problems.push(
          `${key}: the last change (browser ${last.browser}: ${JSON.stringify(last.change.value)}) lost to ${JSON.stringify(final)}`,
        );
    } else {
      const values = writes.map((w) => w.change.value as number);
      const expected = rule === 'max' ? Math.max(...values) : Math.min(...values);
      if (final !== expected) problems.push(`${key}: holds ${final}, not the ${rule} ${expected}`);
    }
  }
}

function checkItems(
  problems: string[],
  done: Done[],
  queued: QueuedChange[],
  server: Record<string, Register>,
): void {
  const progress = deriveProgress(server);
  for (const item of ITEMS) {
    const onItem = done.filter((d) => 'item' in d.action && d.action.item === item);
    const shown = progress.get(progressSubject(item));
    const resets = onItem.filter((d) => d.action.kind === 'reset');
    const lastReset = resets.at(-1);
    if (onItem.some((d) => !d.informed)) continue;
    const subject = progressSubject(item);
    if (VIDEOS.includes(item) && (shown?.video?.fraction ?? 0) >= DEFAULT_SETTINGS.doneThreshold) {
      const since = lastReset?.at ?? Number.NEGATIVE_INFINITY;
      const ticked = queued.some(
        (q) => q.change.key === `p/status/${subject}` && q.change.value === 'done' && q.at >= since,
      );
      if (!ticked)
        problems.push(`${item}: watched ${shown?.video?.fraction} but never ticked done`);
    }
    const last = onItem.filter((d) => ['reset', 'watch', 'open'].includes(d.action.kind)).at(-1);
    if (!last) continue;
    const knewResets = !lastReset || last.epoch >= lastReset.epoch;
    if (last.action.kind === 'reset') {
      if (shown && (shown.video !== null || shown.openCount > 0 || shown.firstOpened !== null))
        problems.push(`${item}: reset last, but shows ${JSON.stringify(shown)}`);
    } else if (last.action.kind === 'watch' && knewResets) {
      const { start, end } = last.action;
      const covered = coveredSeconds(
        (shown?.video?.intervals ?? []).map(([a, b]) => [Math.max(a, start), Math.min(b, end)]),
      );
      if (covered < end - start - 0.2)
        problems.push(
          `${item}: watched ${start}–${end} last, but it shows ${JSON.stringify(shown?.video?.intervals)}`,
        );
    } else if (last.action.kind === 'open' && knewResets) {
      if (!shown || shown.openCount === 0)
        problems.push(`${item}: opened last, but shows not opened`);
    }
  }
}
