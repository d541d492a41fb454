import { describe, expect, it } from 'vitest';
import { resumePoint } from '../../extension/lib/resume-point';

describe('resumePoint', () => {
  const video = (position: number | null, duration: number | null) => ({
    duration,
    furthest: 0,
    fraction: 0,
    intervals: [],
    position,
  });

  it('offers a saved position in the middle of the video', () => {
    expect(resumePoint(video(1390, 3600))).toBe(1390);
  });

  it('offers nothing right at the start, at the very end, or without a position', () => {
    expect(resumePoint(video(4, 3600))).toBeNull();
    expect(resumePoint(video(3595, 3600))).toBeNull();
    expect(resumePoint(video(null, 3600))).toBeNull();
    expect(resumePoint(undefined)).toBeNull();
  });

  it('offers a position in a live recording of unknown length', () => {
    expect(resumePoint(video(600, null))).toBe(600);
  });
});
