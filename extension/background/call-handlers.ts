/**
 * What the background does for each call of `lib/background-calls.ts`, in one table: the
 * compiler holds it to the declarations (every call has one handler, of the declared types),
 * and each request arrives already validated by `answer-calls.ts`.
 */
import { playlistCurriculum } from '../../shared/playlist-curriculum';
import { backgroundCalls, type ParsedRequestOf } from '../lib/background-calls';
import { isBundled } from '../lib/curricula';
import { orderDrafts, renameDrafts } from '../lib/curriculum-arrangement';
import { curriculumDrafts, removalDrafts } from '../lib/curriculum-registers';
import { importProgress } from '../lib/import-progress';
import { resetProgress, setStatus } from '../lib/progress-actions';
import { writeRegisters } from '../lib/progress-writer';
import { paceScheduleDraft, settingDrafts } from '../lib/settings';
import { type CallHandlers, parseRequest } from './answer-calls';
import type { InstalledIndex } from './installed-index';
import type { MarkPageDone } from './mark-page-done';
import type { PageLinker } from './page-linker';
import { syncCalls } from './sync';
import { videoProgress } from './video-progress';

export function callHandlers(
  installedIndex: InstalledIndex,
  markPageDone: MarkPageDone,
  pageLinks: PageLinker,
): CallHandlers {
  const video = videoProgress(installedIndex);
  const importCurriculum = async ({
    curriculum,
    activate,
  }: ParsedRequestOf<'import-curriculum'>) => {
    if (isBundled(curriculum.id))
      throw new Error(`“${curriculum.id}” is the id of a curriculum that comes with Readalong.`);
    await writeRegisters((registers) => ({
      drafts: [
        ...curriculumDrafts(curriculum, registers),
        ...(activate ? settingDrafts({ activeCurriculumId: curriculum.id }) : []),
      ],
    }));
  };
  return {
    'set-status': async ({ resourceKeys, status }) => {
      await setStatus(resourceKeys, status);
    },
    'mark-page-done': (page) => markPageDone(page),
    'page-to-link': (tab) => pageLinks.pageToLink(tab),
    'link-page': (link) => pageLinks.link(link),
    'unlink-page': (unlink) => pageLinks.unlink(unlink),
    reset: async ({ resourceKeys }) => {
      await resetProgress(resourceKeys);
    },
    'video-lookup': ({ url }) => video.lookUp(url),
    'video-report': (report) => video.report(report),
    'add-note': (note) => video.addNote(note),
    'edit-note': (edit) => video.editNote(edit),
    'delete-note': (note) => video.deleteNote(note),
    'import-curriculum': importCurriculum,
    'import-playlist': async (playlist) => {
      const { curriculum, leftOut } = playlistCurriculum(playlist);
      const request = { curriculum, activate: true };
      // Checked by the curriculum schema as an `import-curriculum` request is.
      await importCurriculum(
        parseRequest('import-playlist', backgroundCalls['import-curriculum'].request, request),
      );
      const videos = playlist.videos.length - leftOut.unavailable - leftOut.repeated;
      return { title: curriculum.title, videos, leftOut };
    },
    'remove-curriculum': async ({ id }) => {
      if (isBundled(id)) throw new Error('A curriculum that comes with Readalong stays installed.');
      await writeRegisters((registers) => ({ drafts: removalDrafts(id, registers) }));
    },
    'rename-curriculum': async ({ id, title }) => {
      await writeRegisters(() => ({ drafts: renameDrafts(id, title) }));
    },
    'order-curricula': async ({ ids }) => {
      await writeRegisters(() => ({ drafts: orderDrafts(ids) }));
    },
    'import-progress': ({ file }) => importProgress(file),
    'set-settings': async (change) => {
      await writeRegisters(() => ({ drafts: settingDrafts(change) }));
    },
    'set-pace-schedule': async ({ curriculumId, schedule }) => {
      await writeRegisters(() => ({ drafts: [paceScheduleDraft(curriculumId, schedule)] }));
    },
    ...syncCalls,
  };
}
