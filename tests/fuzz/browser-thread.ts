/**
 * One simulated browser for the convergence fuzzer, run in its own worker thread so its
 * module state is its own: the extension's real progress writer, actions and sync client over
 * WXT's real storage layer, on an in-memory `browser.storage.local`. Every storage write is
 * streamed to the harness, which keeps the storage when this thread dies (a service worker
 * killed: in-memory state gone, storage kept). `Date.now()` is the simulated time plus this
 * browser's clock skew; requests go to the real worker through `fetch`, with the faults the
 * harness asks for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Change } from '../../shared/register';
import { memoryStorageArea } from '../support/memory-storage-area';
import type {
  Action,
  BrowserData,
  BrowserState,
  Command,
  Fault,
  FromBrowser,
  ToBrowser,
} from './protocol';

const data = workerData as BrowserData;
const port = parentPort!;
const post = (message: FromBrowser) => port.postMessage(message);

// The clock: simulated time (set by each command) plus this browser's skew.
let simNow = data.now;
let skew = data.skew;
Date.now = () => simNow + skew;

// storage.local and storage.session, in memory, every write streamed to the harness (which
// keeps session keys with a `session:` prefix: they outlive a service worker, like local ones).
const SESSION = 'session:';
function queuedIn(before: ReadonlyMap<string, unknown>, items: Record<string, unknown>): Change[] {
  if (!('outbox' in items)) return [];
  const was = (before.get('outbox') ?? {}) as Record<string, Change>;
  const now = (items.outbox ?? {}) as Record<string, Change>;
  return Object.values(now).filter((change) => was[change.key]?.hlc !== change.hlc);
}

function storageArea(prefix: string) {
  const stored = new Map<string, unknown>(
    Object.entries(data.storage)
      .filter(([key]) => (prefix ? key.startsWith(prefix) : !key.startsWith(SESSION)))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
  return memoryStorageArea(prefix ? 'session' : 'local', stored, {
    set(items, before) {
      const prefixed = Object.fromEntries(Object.entries(items).map(([k, v]) => [prefix + k, v]));
      post({ type: 'set', items: prefixed, queued: prefix ? [] : queuedIn(before, items) });
    },
    remove(keys) {
      post({ type: 'remove', keys: keys.map((key) => prefix + key) });
    },
  });
}
const local = storageArea('');
const session = storageArea(SESSION);
Object.assign(globalThis, {
  chrome: {
    runtime: { id: 'readalong-fuzz' },
    storage: { local, session, onChanged: local.onChanged },
  },
});

// The network, with the faults the current `sync` command asked for.
const realFetch = globalThis.fetch;
let faults: Fault[] = [];

async function answerOf(url: string, response: Response): Promise<Response> {
  if (!url.endsWith('/v1/sync') || response.status !== 200) return response;
  const body = (await response.json()) as { serverTime: number };
  post({ type: 'heard-server' });
  if (data.noOffset) body.serverTime = Date.now();
  return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
}

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(input, init);
  const body = request.method === 'GET' ? '' : await request.text();
  const headers: Record<string, string> = Object.fromEntries(request.headers);
  headers['x-fuzz-now'] = String(simNow);
  const late = { url: request.url, method: request.method, headers, body };
  const send = () =>
    realFetch(request.url, { method: request.method, headers, body: body || undefined });
  const fault = faults.shift() ?? 'ok';
  switch (fault) {
    case 'lose-request':
      throw new TypeError('fetch failed (the request was lost)');
    case 'late':
      post({ type: 'late', request: late });
      throw new TypeError('fetch failed (the request is late)');
    case 'die':
      post({ type: 'die' });
      return new Promise<Response>(() => {});
    case 'lose-response':
      await (await send()).arrayBuffer();
      throw new TypeError('fetch failed (the answer was lost)');
    case 'duplicate': {
      const first = await send();
      const text = await first.text();
      await (await send()).arrayBuffer();
      return answerOf(request.url, new Response(text, first));
    }
    default:
      return answerOf(request.url, await send());
  }
};

// The extension's own code, loaded once the globals above are in place.
const [engine, account, actions, video, importer, storageItems, validity, writer, curricula] =
  await Promise.all([
    import('../../extension/lib/sync/sync-engine'),
    import('../../extension/lib/sync/sync-account'),
    import('../../extension/lib/progress-actions'),
    import('../../extension/lib/video-actions'),
    import('../../extension/lib/import-curriculum'),
    import('../../extension/lib/storage'),
    import('../../extension/lib/valid-registers'),
    import('../../extension/lib/progress-writer'),
    import('../../extension/lib/curricula'),
  ]);
const { curriculumDrafts } = await import('../../extension/lib/curriculum-registers');
const { deriveProgress } = await import('../../shared/resource-progress');
const { progressSubject } = await import('../../shared/progress-keys');

async function registers() {
  return validity.validRegisters(await storageItems.registersStorage.getValue()).registers;
}

async function notesOf(item: string) {
  return deriveProgress(await registers()).get(progressSubject(item))?.notes ?? [];
}

function readingList(variant: number): string {
  return [
    `# Fuzz reading list ${variant % 3}`,
    '',
    '## Week 1',
    '',
    `- [Chapter ${variant}](https://example.com/fuzz/chapter-${variant})`,
    '- [Slides](https://example.com/fuzz/slides)',
    '',
  ].join('\n');
}

async function act(action: Action): Promise<void> {
  switch (action.kind) {
    case 'tick':
      await actions.setStatus([action.item], 'done');
      return;
    case 'untick':
      await actions.setStatus([action.item], 'none');
      return;
    case 'skip':
      await actions.setStatus([action.item], 'skipped');
      return;
    case 'reset':
      await actions.resetProgress([action.item]);
      return;
    case 'open':
      await actions.recordOpened(action.item);
      return;
    case 'watch':
      await video.recordWatch(action.item, {
        duration: action.duration,
        intervals: [[action.start, action.end]],
        position: action.end,
      });
      return;
    case 'note-add':
      await video.addNote(action.item, action.seconds, action.text);
      return;
    case 'note-edit': {
      const notes = await notesOf(action.item);
      const note = notes[action.index % Math.max(1, notes.length)];
      if (note) await video.editNote(action.item, note.id, { text: action.text });
      return;
    }
    case 'note-delete': {
      const notes = await notesOf(action.item);
      const note = notes[action.index % Math.max(1, notes.length)];
      if (note) await video.deleteNote(action.item, note.id);
      return;
    }
    case 'import': {
      // What the options page and the background's 'import-curriculum' call do.
      const installed = curricula.installedCurricula(await registers());
      const { curriculum } = await importer.prepareImport(
        { markdown: readingList(action.variant) },
        installed,
      );
      await writer.writeRegisters((held) => ({ drafts: curriculumDrafts(curriculum, held) }));
      return;
    }
  }
}

async function read(): Promise<BrowserState> {
  const [held, outbox, syncAccount, status] = await Promise.all([
    registers(),
    storageItems.outboxStorage.getValue(),
    storageItems.syncAccountStorage.getValue(),
    storageItems.syncStatusStorage.getValue(),
  ]);
  return {
    registers: held,
    outboxSize: Object.keys(outbox).length,
    curricula: Object.fromEntries(
      curricula.installedCurricula(held).map((c) => [c.id, JSON.stringify(c)]),
    ),
    token: syncAccount?.token ?? null,
    status: status.message ? `${status.kind}: ${status.message}` : status.kind,
  };
}

async function run(command: Command): Promise<unknown> {
  switch (command.cmd) {
    case 'create-account':
      return account.startSyncing(data.serverUrl, command.deviceName);
    case 'pairing-code':
      return account.addAnotherBrowser();
    case 'join':
      return account.joinWithCode(data.serverUrl, command.code, command.deviceName);
    case 'act':
      return act(command.action);
    case 'sync': {
      faults = [...command.faults];
      try {
        return (await engine.syncNow()).kind;
      } finally {
        faults = [];
      }
    }
    case 'read':
      return read();
    case 'clock':
      skew = command.skew;
      return undefined;
  }
}

port.on('message', async (message: ToBrowser) => {
  simNow = message.now;
  try {
    post({ type: 'reply', id: message.id, result: await run(message) });
  } catch (error) {
    post({ type: 'reply', id: message.id, error: (error as Error).stack ?? String(error) });
  }
});
post({ type: 'ready' });
