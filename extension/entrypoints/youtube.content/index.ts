/**
 * On YouTube: follows the player and reports watch progress of curriculum videos to the
 * background; answers the side panel (current time, resume, seek to a note). Wiring only.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { callBackground } from '../../lib/background-calls';
import { VideoFollower } from './video-follower';

export default defineContentScript({
  // The one host the manifest's host permission names.
  matches: ['https://www.youtube.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const follower = new VideoFollower({
      lookup: (url) => callBackground('video-lookup', { url }),
      report: (report) => callBackground('video-report', report),
    });
    follower.start(ctx.signal);
  },
});
