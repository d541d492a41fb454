/**
 * On YouTube: follows the player and reports watch progress of curriculum videos to the
 * background; tells a side panel following the tab what the video does, and seeks for it
 * (lib/tab-video.ts); offers to add a playlist the page shows as a curriculum
 * (playlist-button.ts). Wiring only.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { call } from '../../lib/call';
import { startPlaylistButton } from './playlist-button';
import { VideoFollower } from './video-follower';

export default defineContentScript({
  // The one host the manifest's host permission names.
  matches: ['https://www.youtube.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const follower = new VideoFollower({
      lookup: (url) => call('video-lookup', { url }),
      report: (report) => call('video-report', report),
    });
    follower.start(ctx.signal);
    startPlaylistButton(ctx.signal);
  },
});
