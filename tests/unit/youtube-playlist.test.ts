import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../extension/lib/call';
import { settingsFrom } from '../../extension/lib/settings';
import { registersStorage } from '../../extension/lib/storage';
import { readPlaylistPage } from '../../extension/lib/youtube-playlist/read-playlist-page';
import { bundledCurricula } from '../../shared/curricula';
import { CurriculumImportError } from '../../shared/markdown-import/import-error';
import { playlistCurriculum } from '../../shared/playlist-curriculum';
import { walkItems } from '../../shared/walk-items';
import type { Playlist } from '../../shared/youtube-playlist';
import {
  loadNextBatch,
  playlistPage,
  standinPlaylist,
  watchPageWithPlaylist,
} from '../fixtures/youtube-playlist-page';
import { answerCallsInProcess } from './support/answer-calls';
import { resetBrowser } from './support/reset-browser';
import { importedCurricula } from './support/store';

const standin = standinPlaylist(150, { privateAt: [37], deletedAt: [88] });
const pageUrl = `https://www.youtube.com/playlist?list=${standin.listId}`;

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function read(doc: Document, url = pageUrl) {
  const reading = readPlaylistPage(doc, url);
  if (!reading.ok) throw new Error(reading.message);
  return reading;
}

describe('readPlaylistPage on a playlist page', () => {
  let doc: Document;
  beforeEach(() => {
    doc = load(playlistPage(standin));
  });

  it('reads the first part, and says more is to load while the spinner shows', () => {
    const reading = read(doc);
    expect(reading.moreToLoad).toBe(true);
    expect(reading.playlist.listId).toBe(standin.listId);
    expect(reading.playlist.title).toBe('Machine Learning Systems — full course');
    expect(reading.playlist.videos).toHaveLength(100);
    expect(reading.playlist.videos[0]).toEqual({
      videoId: 'vid00001_x-',
      title: 'Lecture 1 — Systems & "design" <part 1>',
      seconds: 277,
      index: 1,
    });
  });

  it('reads all 150 videos in order once the second part has loaded, and no spinner is left', () => {
    expect(loadNextBatch(doc)).toBe(true);
    const reading = read(doc);
    expect(reading.moreToLoad).toBe(false);
    const { videos } = reading.playlist;
    expect(videos.map((v) => v.index)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(videos.map((v) => v.videoId)).toEqual(standin.videos.map((v) => v.videoId));
    expect(videos.map((v) => v.seconds)).toEqual(standin.videos.map((v) => v.seconds));
    expect(loadNextBatch(doc)).toBe(false);
  });

  it('marks private and deleted videos, with no length', () => {
    loadNextBatch(doc);
    const { videos } = read(doc).playlist;
    expect(videos[36]).toMatchObject({
      title: '[Private video]',
      seconds: null,
      unavailable: 'private',
    });
    expect(videos[87]).toMatchObject({
      title: '[Deleted video]',
      seconds: null,
      unavailable: 'deleted',
    });
    expect(videos.filter((v) => v.unavailable)).toHaveLength(2);
  });

  it('reads the older header layout and an hour-long length', () => {
    const older = load(
      `<ytd-browse page-subtype="playlist"><ytd-playlist-header-renderer><yt-dynamic-sizing-formatted-string id="title"><div id="container"><yt-formatted-string>Old layout</yt-formatted-string></div></yt-dynamic-sizing-formatted-string></ytd-playlist-header-renderer>
      <ytd-playlist-video-list-renderer><div id="contents"><ytd-playlist-video-renderer><a id="video-title" href="/watch?v=abcdefghijk&list=PLx&index=1">  Long one </a>
      <ytd-thumbnail-overlay-time-status-renderer><span id="text"> 1:02:03 </span></ytd-thumbnail-overlay-time-status-renderer></ytd-playlist-video-renderer></div></ytd-playlist-video-list-renderer></ytd-browse>`,
    );
    expect(read(older, 'https://www.youtube.com/playlist?list=PLx').playlist).toEqual({
      listId: 'PLx',
      title: 'Old layout',
      videos: [{ videoId: 'abcdefghijk', title: 'Long one', seconds: 3723, index: 1 }],
    });
  });
});

describe('readPlaylistPage on a watch page playing a playlist', () => {
  it('reads the side panel: every video in order, the playlist title and id', () => {
    const doc = load(watchPageWithPlaylist(standin, 3));
    const reading = read(
      doc,
      `https://www.youtube.com/watch?v=vid00003_x-&list=${standin.listId}&index=3`,
    );
    expect(reading.moreToLoad).toBe(false);
    expect(reading.playlist.title).toBe(standin.title);
    expect(reading.playlist.videos).toHaveLength(150);
    expect(reading.playlist.videos[2]).toEqual({
      videoId: 'vid00003_x-',
      title: standin.videos[2]!.title,
      seconds: standin.videos[2]!.seconds,
      index: 3,
    });
  });
});

describe('readPlaylistPage: what it cannot read, in a sentence', () => {
  const failure = (html: string, url = pageUrl) => {
    const reading = readPlaylistPage(load(html), url);
    return reading.ok ? null : reading;
  };

  it('a private playlist', () => {
    expect(
      failure(
        '<ytd-browse page-subtype="playlist"><ytd-alert-with-button-renderer><div id="text">This playlist is private.</div></ytd-alert-with-button-renderer></ytd-browse>',
      ),
    ).toMatchObject({
      reason: 'private',
      message: expect.stringMatching(/^This playlist is private: only its owner/),
    });
  });

  it('an empty playlist, and one with only private videos', () => {
    const empty = standinPlaylist(0);
    expect(failure(playlistPage(empty))).toMatchObject({ reason: 'empty' });
    const onlyPrivate = read(load(playlistPage(standinPlaylist(2, { privateAt: [1, 2] }))));
    expect(() => playlistCurriculum(onlyPrivate.playlist)).toThrow(CurriculumImportError);
  });

  it('a page still loading, a Mix, and a page with no list=', () => {
    expect(failure('<ytd-app></ytd-app>')).toMatchObject({ reason: 'not-loaded' });
    expect(
      failure('', 'https://www.youtube.com/watch?v=abcdefghijk&list=RDabcdefghijk'),
    ).toMatchObject({ reason: 'mix' });
    expect(failure('', 'https://www.youtube.com/watch?v=abcdefghijk')).toMatchObject({
      reason: 'not-a-playlist',
      message: expect.stringMatching(/an address with list= in it/),
    });
  });
});

describe('playlistCurriculum', () => {
  const doc = load(playlistPage(standin));
  loadNextBatch(doc);
  const playlist: Playlist = read(doc).playlist;

  it('makes one video item per watchable video, in order, keyed by video', () => {
    const { curriculum, leftOut } = playlistCurriculum(playlist);
    const items = [...walkItems(curriculum)].map(({ item }) => item);
    expect(leftOut).toEqual({ unavailable: 2, repeated: 0 });
    expect(items).toHaveLength(148);
    expect(items[0]).toMatchObject({
      title: 'Lecture 1 — Systems & "design" <part 1>',
      kind: 'video',
      url: `https://www.youtube.com/watch?v=vid00001_x-&list=${standin.listId}`,
      resourceKey: 'youtube:vid00001_x-',
      durationSeconds: 277,
    });
    expect(curriculum.sections.map((s) => s.title)).toEqual([standin.title]);
    expect(curriculum.source).toBe(pageUrl);
  });

  it('gives the same id each time, so reading it again replaces it', () => {
    const a = playlistCurriculum(playlist).curriculum;
    const b = playlistCurriculum({
      ...playlist,
      title: 'Renamed',
      videos: playlist.videos.slice(0, 3),
    }).curriculum;
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^yt-plstandin0+1-[0-9a-f]{8}$/);
  });

  it('shares progress with the book club for a video both hold, and lists a repeated video once', () => {
    const sessionOne = 'spFsPbDw7Lg';
    const bookClubKeys = new Set(
      bundledCurricula.flatMap((c) => [...walkItems(c)].map(({ item }) => item.resourceKey)),
    );
    const { curriculum, leftOut } = playlistCurriculum({
      listId: 'PLclub',
      title: 'Club recordings',
      videos: [
        { videoId: sessionOne, title: 'Session 1', seconds: 3600, index: 1 },
        { videoId: sessionOne, title: 'Session 1 again', seconds: 3600, index: 2 },
      ],
    });
    const [item] = [...walkItems(curriculum)].map(({ item }) => item);
    expect(bookClubKeys.has(item!.resourceKey)).toBe(true);
    expect(leftOut.repeated).toBe(1);
  });
});

describe('the import-playlist call (what the playlist button sends)', () => {
  const doc = load(playlistPage(standin));
  loadNextBatch(doc);
  const playlist: Playlist = read(doc).playlist;

  beforeEach(async () => {
    await resetBrowser();
    answerCallsInProcess();
  });

  it('keeps the playlist as the active curriculum and says what it kept', async () => {
    const kept = await call('import-playlist', playlist);
    expect(kept).toEqual({
      title: standin.title,
      videos: 148,
      leftOut: { unavailable: 2, repeated: 0 },
    });
    const [curriculum] = await importedCurricula();
    expect(curriculum).toEqual(playlistCurriculum(playlist).curriculum);
    expect(settingsFrom(await registersStorage.getValue()).activeCurriculumId).toBe(curriculum!.id);
  });

  it('refuses a playlist no one can watch, and what is no playlist, keeping nothing', async () => {
    const onlyPrivate = { ...playlist, videos: playlist.videos.filter((v) => v.unavailable) };
    await expect(call('import-playlist', onlyPrivate)).rejects.toThrow(/nothing to follow/);
    await expect(
      call('import-playlist', { ...playlist, videos: [{ videoId: 'x' }] } as unknown as Playlist),
    ).rejects.toThrow(/^Bad import-playlist request/);
    expect(await importedCurricula()).toEqual([]);
  });
});
