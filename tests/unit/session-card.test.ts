import { describe, expect, it } from 'vitest';
import { findSessionCard } from '../../extension/lib/session-card';
import { bundledCurricula } from '../../shared/curricula';
import type { Curriculum } from '../../shared/curriculum';

describe('findSessionCard: what the side panel shows beside a session recording', () => {
  it('gives the session, its slides and the chapter to read, found by its number', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:C_140NJfNtE');
    expect(card?.session).toMatchObject({
      number: 7,
      date: '2024-05-25',
      chapter: 7,
      chapterTitle: 'Model Deployment and Prediction Service',
      group: '9 (TechWave/B-Team)',
    });
    expect(card?.video.startSeconds).toBe(232);
    expect(card?.slides.map((s) => s.url)).toEqual([
      'https://github.com/mlops-discord/dmls-bookclub/blob/main/slides/chapter7-20240525-bteam.pdf',
    ]);
    expect(card?.readings.map((r) => r.title)).toEqual([
      'Chapter 7: Model Deployment and Prediction Service',
    ]);
  });

  it('lists a session’s extra links apart from its slides', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:hPicVDdMbYM');
    expect(card?.session?.number).toBe(5);
    expect(card?.slides.map((s) => s.title)).toEqual(['Slides', 'Bonus: GenAIRecSys']);
  });

  it('does not take chapter 10 for chapter 1', () => {
    const card = findSessionCard(bundledCurricula, 'youtube:spFsPbDw7Lg');
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
    expect(findSessionCard([curriculum], 'youtube:AAAAAAAAAAA')).toMatchObject({
      curriculumId: 'talks',
      sectionTitle: 'Conference talks',
      session: null,
      readings: [],
    });
    expect(findSessionCard([curriculum], 'youtube:BBBBBBBBBBB')).toBeNull();
  });
});
