import { describe, expect, it } from 'vitest';
import { RECORDED_SCHEDULE } from '../../extension/lib/pace/pace-schedule';
import { findSessionCard } from '../../extension/lib/session-card';
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';

const recorded = () => RECORDED_SCHEDULE;

describe('findSessionCard: what the side panel shows beside a session recording', () => {
  it('gives the session, its slides and the chapter to read, found by its number', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:C_140NJfNtE', recorded);
    expect(card?.session).toMatchObject({
      number: 7,
      date: '2024-05-25',
      chapter: 7,
      chapterTitle: 'Model Deployment and Prediction Service',
      group: '9 (TechWave/B-Team)',
    });
    expect(card?.scheduled).toEqual({ date: '2024-05-25', recorded: true });
    expect(card?.video.startSeconds).toBe(232);
    expect(card?.slides.map((s) => s.url)).toEqual([
      'https://github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter7-20240525-bteam.pdf',
    ]);
    expect(card?.readings.map((r) => r.title)).toEqual([
      'Chapter 7: Model Deployment and Prediction Service',
    ]);
  });

  it('dates the session by my own pace when I follow the club from a start date', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:C_140NJfNtE', (id) =>
      id === 'dmls-bookclub'
        ? { kind: 'own-pace', start: '2026-03-02', everyDays: 7 }
        : RECORDED_SCHEDULE,
    );
    // Session 7 is the seventh session: six weeks after the first.
    expect(card?.scheduled).toEqual({ date: '2026-04-13', recorded: false });
    expect(card?.session?.date).toBe('2024-05-25');
  });

  it('lists a session’s extra links apart from its slides', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:hPicVDdMbYM', recorded);
    expect(card?.session?.number).toBe(5);
    expect(card?.slides.map((s) => s.title)).toEqual(['Slides', 'Bonus: GenAIRecSys']);
  });

  it('does not take chapter 10 for chapter 1', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:spFsPbDw7Lg', recorded);
    expect(card?.readings.map((r) => r.title)).toEqual(['Chapter 1: Overview of ML Systems']);
  });

  it('shows a video outside any session with its section, and nothing for an unknown video', () => {
    const curriculum: Curriculum = {
      id: 'talks',
      title: 'Talks',
      source: 'test',
      version: 1,
      sections: [
        {
          id: 'talks',
          title: 'Conference talks',
          sections: [],
          items: [
            {
              id: 'talk',
              title: 'A talk',
              kind: 'video',
              url: 'https://www.youtube.com/watch?v=AAAAAAAAAAA',
              resourceKey: 'youtube:AAAAAAAAAAA',
            },
          ],
        },
      ],
    };
    expect(findSessionCard([curriculum], 'youtube:AAAAAAAAAAA', recorded)).toMatchObject({
      curriculumId: 'talks',
      sectionTitle: 'Conference talks',
      session: null,
      scheduled: null,
      readings: [],
    });
    expect(findSessionCard([curriculum], 'youtube:BBBBBBBBBBB', recorded)).toBeNull();
  });
});
