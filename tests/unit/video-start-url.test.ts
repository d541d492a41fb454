import { describe, expect, it } from 'vitest';
import { videoStartUrl } from '../../shared/video-start-url';
import { parseYouTubeUrl } from '../../shared/youtube';

describe('videoStartUrl', () => {
  it('starts a YouTube video at the resume point, whole seconds', () => {
    const url = videoStartUrl('https://www.youtube.com/watch?v=spFsPbDw7Lg', 64.7);
    expect(url).toBe('https://www.youtube.com/watch?v=spFsPbDw7Lg&t=64s');
    expect(parseYouTubeUrl(url)?.startSeconds).toBe(64);
  });

  it('replaces a start the address had, and t=0s starts from the beginning', () => {
    const url = videoStartUrl('https://youtu.be/spFsPbDw7Lg?start=30&t=12', 0);
    expect(parseYouTubeUrl(url)).toEqual({ videoId: 'spFsPbDw7Lg', startSeconds: 0 });
    expect(url).not.toContain('start=');
  });

  it('leaves other addresses alone', () => {
    expect(videoStartUrl('https://example.org/paper.pdf', 40)).toBe(
      'https://example.org/paper.pdf',
    );
  });
});
