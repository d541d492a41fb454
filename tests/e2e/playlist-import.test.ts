/**
 * Adding a YouTube playlist in one click, on the stand-in playlist page (150 videos, the last
 * 50 loaded on scroll, as YouTube does): every video becomes an item, in order, and the popup
 * shows the playlist at once. Nothing is fetched from YouTube but the page the learner opened.
 * The box the extension adds to the page is axe-clean in light and dark, before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurriculum } from '../../extension/lib/read-curriculum';
import { walkItems } from '../../shared/walk-items';
import { playlistPage, standinPlaylist } from '../fixtures/youtube-playlist-page';
import { axeViolations } from './support/axe-violations';
import { stored } from './support/extension-storage';
import { type LaunchedExtension, launchExtension } from './support/launch-extension';
import { poll } from './support/poll';
import { type StandinServer, startStandinServer } from './support/standin-server';

const PLAYLIST = standinPlaylist(150);
/** The box the content script adds to the page, inside its shadow root. */
const BOX = ['readalong-playlist', '.box'];
let server: StandinServer;
let browser: LaunchedExtension;

beforeAll(async () => {
  server = await startStandinServer({
    routes: { 'www.youtube.com/playlist': { body: playlistPage(PLAYLIST) } },
  });
  browser = await launchExtension({ hostMap: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a YouTube playlist as a curriculum', () => {
  it('adds all 150 videos of a playlist page in one click, loading its second part', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://www.youtube.com/playlist?list=${PLAYLIST.listId}`);
    server.clearRequests();
    const box = page.getByRole('region', { name: 'Readalong' });
    const button = box.getByRole('button', { name: 'Add this playlist to Readalong' });
    await button.waitFor();
    const axeLightAndDark = async () => {
      expect(await axeViolations(page, BOX)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, BOX)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await axeLightAndDark();
    await button.click();
    await poll(() => box.getByRole('status').textContent()).toContain(
      `Added “${PLAYLIST.title}”: 150 videos. The Readalong popup shows it now.`,
    );
    await axeLightAndDark();
    const registers = (await stored<Record<string, unknown>>(browser, 'registers')) ?? {};
    const key = Object.keys(registers).find((k) => /^c\/yt-/.test(k))!;
    const read = readCurriculum(key.slice(2), registers);
    expect(read.kind).toBe('curriculum');
    if (read.kind !== 'curriculum') return;
    const items = [...walkItems(read.curriculum)].map(({ item }) => item);
    expect(items.map((i) => i.resourceKey)).toEqual(
      PLAYLIST.videos.map((v) => `youtube:${v.videoId}`),
    );
    expect(items[149]!.durationSeconds).toBe(PLAYLIST.videos[149]!.seconds);
    // No request of ours to YouTube: the page itself was read (the browser's favicon aside).
    expect(
      server.requests.filter((r) => r.host.endsWith('youtube.com') && r.path !== '/favicon.ico'),
    ).toEqual([]);
    expect((registers['s/activeCurriculumId'] as { value: string }).value).toBe(key.slice(2));
  });
});
