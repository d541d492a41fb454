import { describe, expect, it } from 'vitest';
import { SETTLE_MS, VideoIdentity } from '../../extension/lib/video-identity';

const A = 'AAAAAAAAAAA';
const B = 'BBBBBBBBBBB';
const C = 'CCCCCCCCCCC';
const watch = (id: string, extra = '') => `https://www.youtube.com/watch?v=${id}${extra}`;

describe('VideoIdentity: which video the reused player element is playing', () => {
  it('gives the first media of the page to the page’s video', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A, '&t=90'), 0);
    identity.mediaChanged(10);
    expect(identity.media).toEqual({ generation: 1, videoId: A, url: watch(A, '&t=90') });
  });

  it('gives media loaded after the URL moved to the new video (URL first, then player)', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.observeUrl(watch(B), 1000);
    // The old video still plays for a moment: it is still A's time.
    expect(identity.media.videoId).toBe(A);
    identity.mediaChanged(1200);
    expect(identity.media).toMatchObject({ generation: 2, videoId: B });
    identity.navigateFinished();
    expect(identity.media).toMatchObject({ generation: 2, videoId: B });
  });

  it('holds media loaded before the URL moves, then gives it to the URL’s next video', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.mediaChanged(1000);
    expect(identity.media).toEqual({ generation: 2, videoId: null, url: null });
    identity.observeUrl(watch(B), 1500);
    expect(identity.media).toMatchObject({ generation: 2, videoId: B, url: watch(B) });
  });

  it('lets yt-navigate-finish settle media that loaded before the URL changed', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.mediaChanged(1000);
    identity.navigateFinished();
    expect(identity.media).toMatchObject({ generation: 2, videoId: A });
  });

  it('gives reloaded media to the same video after a settling time (ads, reloads)', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.mediaChanged(1000);
    identity.tick(1000 + SETTLE_MS - 1);
    expect(identity.media.videoId).toBeNull();
    identity.tick(1000 + SETTLE_MS);
    expect(identity.media).toMatchObject({ generation: 2, videoId: A });
  });

  it('keeps a binding when the URL moves on without new media (the miniplayer plays on)', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.observeUrl('https://www.youtube.com/', 5000);
    identity.navigateFinished();
    identity.tick(60_000);
    expect(identity.media).toMatchObject({ generation: 1, videoId: A });
    // From the home page to another video: the URL names it before its media loads.
    identity.observeUrl(watch(C), 70_000);
    identity.mediaChanged(70_100);
    expect(identity.media).toMatchObject({ generation: 2, videoId: C });
  });

  it('does not bind media on a page that shows no video until a video URL comes', () => {
    const identity = new VideoIdentity();
    identity.observeUrl('https://www.youtube.com/feed/subscriptions', 0);
    identity.mediaChanged(0);
    identity.tick(SETTLE_MS * 3);
    identity.navigateFinished();
    expect(identity.media.videoId).toBeNull();
    identity.observeUrl(watch(B), SETTLE_MS * 4);
    expect(identity.media.videoId).toBe(B);
  });

  it('follows A → B → A: media after the return belongs to A again', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.observeUrl(watch(B), 100);
    identity.mediaChanged(200);
    identity.observeUrl(watch(A), 300);
    expect(identity.media).toMatchObject({ generation: 2, videoId: B });
    identity.mediaChanged(400);
    expect(identity.media).toMatchObject({ generation: 3, videoId: A });
  });

  it('ignores URL changes that keep the same video (a new t=, a playlist index)', () => {
    const identity = new VideoIdentity();
    identity.observeUrl(watch(A), 0);
    identity.mediaChanged(0);
    identity.observeUrl(watch(A, '&t=30'), 100);
    identity.mediaChanged(200);
    expect(identity.media.videoId).toBeNull();
    identity.navigateFinished();
    expect(identity.media).toMatchObject({ generation: 2, videoId: A });
  });
});
