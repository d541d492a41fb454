/**
 * Every register key, by namespace: the one place a raw key is built or read back. Everything a
 * learner keeps that follows them from browser to browser is a register (`shared/register.ts`),
 * synced as is by the server, which reads no key.
 *
 * | key                 | merge    | value                                                     |
 * |---------------------|----------|-----------------------------------------------------------|
 * | `p/…`               | see      | one field of one resource's progress: the table and the   |
 * |                     | table    | encoder are in `progress-keys.ts`                         |
 * | `c/<id>`            | lww      | an imported curriculum: `{ curriculum }`, or              |
 * |                     |          | `{ hash, parts }` when it is cut into parts, or null once |
 * |                     |          | removed                                                   |
 * | `c/<id>/<hash>/<n>` | lww      | part n of the JSON text of version `hash` (null: cleared) |
 * | `s/<name>`          | lww      | one learner setting (`extension/lib/settings.ts`)         |
 * | `s/pace/<id>`       | lww      | the schedule the learner follows curriculum `id` at       |
 * |                     |          | (`PaceSchedule`, `extension/lib/pace/pace-schedule.ts`)   |
 * | `t/<id>`            | lww      | the learner's own title for curriculum `<id>` (a string), |
 * |                     |          | or null: its own title                                    |
 * | `o/curricula`       | lww      | the learner's order of the curricula: a list of ids       |
 * | `l/<S>`             | lww      | the page the learner linked to the item without a link    |
 * |                     |          | whose resource key is S (an http(s) URL), or null: none   |
 * |                     |          | (`extension/lib/page-links.ts`)                           |
 *
 * `<id>` is a curriculum id (`[a-z0-9][a-z0-9-]{0,63}`), `<hash>` the content hash of one
 * version of it (`stable-hash.ts`); parts of different versions never share a key, so a head
 * that wins always reads the parts of its own version. `<S>` is a resource key as
 * `progressSubject` fits it into a key (`progress-keys.ts`).
 */
import { progressSubject } from './progress-keys';

const CURRICULUM_HEAD = /^c\/([a-z0-9][a-z0-9-]{0,63})$/;

/** The register that holds (or names the parts of) curriculum `id`. */
export const curriculumHeadKey = (id: string) => `c/${id}`;

/** The register that holds part `n` of version `hash` of curriculum `id`. */
export const curriculumPartKey = (id: string, hash: string, n: number) => `c/${id}/${hash}/${n}`;

/** What every part of curriculum `id` starts with (of version `hash`, when given). */
export const curriculumPartPrefix = (id: string, hash?: string) =>
  hash === undefined ? `c/${id}/` : `c/${id}/${hash}/`;

/** The curriculum id of a head key, or null for any other key. */
export function curriculumIdOf(key: string): string | null {
  return CURRICULUM_HEAD.exec(key)?.[1] ?? null;
}

/** The register of one learner setting. */
export const settingKey = (name: string) => `s/${name}`;

/** The register of the schedule the learner follows curriculum `id`'s sessions at. */
export const paceScheduleKey = (id: string) => settingKey(`pace/${id}`);

/** The register of the learner's own title for curriculum `id`. */
export const curriculumTitleKey = (id: string) => `t/${id}`;

/** The register of the learner's order of the curricula. */
export const CURRICULUM_ORDER_KEY = 'o/curricula';

/** The register of the page the learner linked to the item with resource key `resourceKey`. */
export const pageLinkKey = (resourceKey: string) => `l/${progressSubject(resourceKey)}`;
