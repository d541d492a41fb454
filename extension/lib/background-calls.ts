/**
 * Every call extension pages and content scripts make to the background service worker, which
 * owns every write: ONE table, each call declared once with its request schema (the request's
 * type is inferred from it) and the type of its result. Pages call with `call()` (call.ts,
 * which imports this table as types only, so a page bundles no schema); the
 * background answers with the handlers of `background/call-handlers.ts`, which the compiler
 * holds to this table (one handler per call, of the declared types), and the dispatcher
 * (`background/answer-calls.ts`) validates each request here before its handler runs. This file
 * holds no handler and no caller: only the background bundles the schemas.
 *
 * Why not `@webext-core/messaging` / `proxy-service`: their protocol map is a TypeScript
 * interface, so the schemas that validate requests would still be written beside it (the
 * duplication this table removes), and validation is not theirs to do; the whole mechanism here
 * is one `sendMessage` and one listener, smaller than the dependency.
 *
 * A failure in the background comes back as a thrown `Error` with its message.
 */
import { z } from 'zod';
import { curriculumSchema } from '../../shared/curriculum';
import { readalongExportSchema } from '../../shared/progress-export/export-format';
import type { CreatePairingCodeResponse, Device } from '../../shared/sync-protocol';
import type { Playlist } from '../../shared/youtube-playlist';
import { isPaceSchedule, type PaceSchedule } from './pace/pace-schedule';
import type { SyncStatus } from './sync/sync-storage';

/** A note holds at most this many characters (after trimming). */
export const MAX_NOTE_LENGTH = 2000;

/** A curriculum video, as the content script needs to know it. */
export interface VideoLookup {
  videoId: string;
  resourceKey: string;
  title: string;
  /** The saved position worth resuming at, or null. */
  resumeAt: number | null;
  /** Seek there by itself (option), instead of offering it in the side panel. */
  autoResume: boolean;
}

interface CallDeclaration<S extends z.ZodType, R> {
  request: S;
  /** Only a type: what the handler resolves to. */
  result?: R;
}

/** `request(schema).returns<Result>()`: one call's declaration. */
const request = <S extends z.ZodType>(schema: S) => ({
  returns: <R>(): CallDeclaration<S, R> => ({ request: schema }),
});

const none = z.undefined();
const resourceKey = z.string().min(1).max(256);
const resourceKeys = z
  .array(resourceKey, 'resourceKeys must be a list of resource keys')
  .min(1, 'resourceKeys is empty: name at least one resource')
  .max(10_000, 'resourceKeys lists more than 10,000 resources');
const videoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'a YouTube video id');
const seconds = z.number().finite().nonnegative();
const noteId = z.string().min(1).max(64);
/** Loose here; the exact limit applies to the trimmed text (lib/video-actions.ts). */
const noteText = z.string().max(MAX_NOTE_LENGTH * 2);
const deviceId = z.string().min(1).max(128);
const curriculumId = z.string().min(1).max(64);
const tabId = z.number().int().nonnegative();

const videoReport = z.object({
  videoId,
  duration: z.number().finite().positive().nullable(),
  intervals: z.array(z.tuple([seconds, seconds])).max(5000),
  position: seconds.nullable(),
});

/** What a page watched of a curriculum video. */
export type VideoReport = z.infer<typeof videoReport>;

/** A playlist as the content script reads it from its page (shared/youtube-playlist.ts). */
const playlist: z.ZodType<Playlist> = z.object({
  listId: z.string().min(1).max(200),
  title: z.string().max(5000),
  videos: z
    .array(
      z.object({
        videoId,
        title: z.string().max(5000),
        seconds: seconds.nullable(),
        index: z.number().int().positive(),
        unavailable: z.enum(['private', 'deleted', 'unavailable']).optional(),
      }),
    )
    .max(10_000),
});

/** What `import-playlist` kept: the curriculum's title, its videos, and those left out. */
export interface PlaylistImported {
  title: string;
  videos: number;
  leftOut: { unavailable: number; repeated: number };
}

export const backgroundCalls = {
  /** Ticked (done), skipped, or back to none. */
  'set-status': request(
    z.object({
      resourceKeys,
      status: z.enum(['none', 'done', 'skipped'], 'status must be "none", "done" or "skipped"'),
    }),
  ).returns<void>(),
  /**
   * Marks done the curriculum item tab `tabId` shows (what the command and the context menu
   * run); answers with its resource keys, none when the page is no curriculum item.
   */
  'mark-page-done': request(z.object({ tabId, url: z.string().max(8192).optional() })).returns<
    string[]
  >(),
  /**
   * The address tab `tabId` shows, to offer linking it to an item without a link; null when it
   * is no web page, or already a curriculum item. Read now, kept nowhere.
   */
  'page-to-link': request(z.object({ tabId })).returns<{ url: string } | null>(),
  /**
   * Links the page tab `tabId` shows (`url`, as `page-to-link` offered it) to the item without
   * a link `resourceKey`, in every browser; the tab then shows that item.
   */
  'link-page': request(z.object({ tabId, url: z.string().max(8192), resourceKey })).returns<void>(),
  /** Unlinks the page linked to item `resourceKey`, everywhere; tab `tabId` then shows none. */
  'unlink-page': request(z.object({ resourceKey, tabId: tabId.optional() })).returns<void>(),
  /** Back to not started, in every browser (notes are kept). */
  reset: request(z.object({ resourceKeys })).returns<void>(),

  /** Whether the video a page shows is a curriculum item; null when it is not. */
  'video-lookup': request(z.object({ url: z.string().max(8192) })).returns<VideoLookup | null>(),
  'video-report': request(videoReport).returns<void>(),
  'add-note': request(z.object({ resourceKey, seconds, text: noteText })).returns<{
    noteId: string;
  }>(),
  'edit-note': request(
    z.object({ resourceKey, noteId, seconds: seconds.optional(), text: noteText.optional() }),
  ).returns<void>(),
  'delete-note': request(z.object({ resourceKey, noteId })).returns<void>(),

  /**
   * Keeps an imported curriculum (replacing an earlier one with its id), in every browser;
   * `activate`: and makes it the one the popup and side panel show, in the same write.
   */
  'import-curriculum': request(
    z.object({ curriculum: curriculumSchema, activate: z.boolean().optional() }),
  ).returns<void>(),
  /**
   * Keeps the playlist a YouTube page shows as a curriculum (shared/playlist-curriculum.ts),
   * checked and written as `import-curriculum` does, and makes it the active one. The content
   * script sends what it read, so it carries neither the curriculum's rules nor its schema.
   */
  'import-playlist': request(playlist).returns<PlaylistImported>(),
  /** Removes an imported curriculum everywhere; progress is keyed by resource and stays. */
  'remove-curriculum': request(z.object({ id: curriculumId })).returns<void>(),
  /** Gives a curriculum the learner's own title (blank: back to its own). */
  'rename-curriculum': request(
    z.object({ id: curriculumId, title: z.string().max(1000) }),
  ).returns<void>(),
  /** Puts the installed curricula in this order. */
  'order-curricula': request(z.object({ ids: z.array(curriculumId).max(1000) })).returns<void>(),
  /**
   * Merges an export file (docs/export-format.md) by the sync rule: never an older value over a
   * newer one, so importing it twice changes nothing the second time. Answers how many
   * registers it changed.
   */
  'import-progress': request(z.object({ file: readalongExportSchema })).returns<{
    changed: number;
  }>(),
  /** Changes some of the learner's settings (lib/settings.ts), in every browser. */
  'set-settings': request(
    z
      .object({
        doneThreshold: z.number().min(0.5).max(1),
        autoResume: z.boolean(),
        activeCurriculumId: curriculumId,
      })
      .partial()
      .strict(),
  ).returns<void>(),
  /** Follows a curriculum's sessions at the club's dates or the learner's own, everywhere. */
  'set-pace-schedule': request(
    z.object({
      curriculumId,
      schedule: z.custom<PaceSchedule>(
        isPaceSchedule,
        'not a schedule (lib/pace/pace-schedule.ts)',
      ),
    }),
  ).returns<void>(),

  /** Creates an account; the recovery key comes back once and is not kept anywhere. */
  'sync-start': request(z.object({ serverUrl: z.string(), deviceName: z.string() })).returns<{
    recoveryKey: string;
  }>(),
  /** Joins with a pairing code or the recovery key, and runs the first sync. */
  'sync-join': request(
    z.object({ serverUrl: z.string(), code: z.string(), deviceName: z.string() }),
  ).returns<SyncStatus>(),
  'sync-add-browser': request(none).returns<CreatePairingCodeResponse>(),
  'sync-devices': request(none).returns<Device[]>(),
  'sync-rename-device': request(z.object({ deviceId, name: z.string() })).returns<Device>(),
  'sync-revoke-device': request(z.object({ deviceId })).returns<void>(),
  /** A new recovery key, returned once and not kept anywhere; the old one stops working. */
  'sync-replace-recovery-key': request(none).returns<{ recoveryKey: string }>(),
  'sync-delete-server-data': request(none).returns<void>(),
  'sync-sign-out': request(none).returns<{ revokedOnServer: boolean }>(),
  /** Runs a round now (Retry, "Sync now") and answers with the status it left. */
  'sync-now': request(none).returns<SyncStatus>(),
  /**
   * A page wants fresh state (it opened, became visible, or was poked): a round soon, shared
   * with other checks (sync-schedule.ts `syncCheck`); answers with the status it left.
   */
  'sync-check': request(none).returns<SyncStatus>(),
};

type Calls = typeof backgroundCalls;
export type CallName = keyof Calls;
/** What a caller passes (the schema's input). */
export type RequestOf<K extends CallName> = z.input<Calls[K]['request']>;
/** What the handler receives (the schema's output, once validated). */
export type ParsedRequestOf<K extends CallName> = z.output<Calls[K]['request']>;
/** What the handler resolves to. */
export type ResultOf<K extends CallName> =
  Calls[K] extends CallDeclaration<z.ZodType, infer R> ? R : never;

/** The message one call travels as. */
export interface CallMessage {
  readalong: CallName;
  request: unknown;
}
export type CallReply = { ok: true; result: unknown } | { ok: false; error: string };
