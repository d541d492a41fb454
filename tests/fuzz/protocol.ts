/**
 * What the fuzzer's harness and a simulated browser (browser-thread.ts, one worker thread per
 * browser) say to each other. Plain data: everything crosses `postMessage`.
 */
import type { Change, Register } from '../../shared/register';

/** What happens to one request a browser sends. */
export type Fault =
  /** Delivered, answered. */
  | 'ok'
  /** Lost before the server: the browser sees a network error. */
  | 'lose-request'
  /** The server handles it; the answer is lost on the way back. */
  | 'lose-response'
  /** Delivered twice in a row (the browser reads the first answer). */
  | 'duplicate'
  /** Not delivered now (the browser sees a network error); the harness delivers it later. */
  | 'late'
  /** The service worker dies while the request is out: in-memory state gone, storage kept. */
  | 'die';

/** What a learner (or the tracker) does in one browser. */
export type Action =
  | { kind: 'tick' | 'untick' | 'skip' | 'reset' | 'open'; item: string }
  /** Watched `[start, end]` seconds of a video whose player says it lasts `duration`. */
  | { kind: 'watch'; item: string; start: number; end: number; duration: number }
  | { kind: 'note-add'; item: string; seconds: number; text: string }
  /** `index` counts the notes the browser shows for the item (modulo their number). */
  | { kind: 'note-edit'; item: string; index: number; text: string }
  | { kind: 'note-delete'; item: string; index: number }
  /** Imports a small reading list (`variant` changes its content). */
  | { kind: 'import'; variant: number };

export interface LateRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** What a browser holds, read after a step. */
export interface BrowserState {
  registers: Record<string, Register>;
  outboxSize: number;
  /** Imported curricula, as JSON text by id. */
  curricula: Record<string, string>;
  token: string | null;
  status: string;
}

export type Command =
  | { cmd: 'create-account'; deviceName: string }
  | { cmd: 'pairing-code' }
  | { cmd: 'join'; code: string; deviceName: string }
  | { cmd: 'act'; action: Action }
  | { cmd: 'sync'; faults: Fault[] }
  | { cmd: 'read' }
  | { cmd: 'clock'; skew: number };

/** Harness → browser: a command, at simulated time `now`. */
export type ToBrowser = Command & { id: number; now: number };

/** Browser → harness. */
export type FromBrowser =
  | { type: 'ready' }
  | { type: 'reply'; id: number; result?: unknown; error?: string }
  /** A storage write, with the changes it queued in the outbox (new key or new stamp). */
  | { type: 'set'; items: Record<string, unknown>; queued: Change[] }
  | { type: 'remove'; keys: string[] }
  /** A `/v1/sync` answer reached the browser: it has heard the server's time. */
  | { type: 'heard-server' }
  | { type: 'late'; request: LateRequest }
  | { type: 'die' };

export interface BrowserData {
  serverUrl: string;
  storage: Record<string, unknown>;
  now: number;
  skew: number;
  /** The control run: every answer's `serverTime` is replaced by the browser's own clock. */
  noOffset: boolean;
}
