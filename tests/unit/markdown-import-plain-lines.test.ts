import { describe, expect, it } from 'vitest';
import {
  CurriculumImportError,
  importMarkdown,
} from '../../shared/markdown-import/import-markdown';
import { walkItems } from '../../shared/walk-items';

const guide = [
  '# Overview',
  'Overview of ML in production.',
  '',
  '[Video] Machine learning production myths (MLSys Seminars)',
  '[Book] Deep Learning (Goodfellow et al.). Free online version.',
  'Rules of Machine Learning (Martin Zinkevich, 2019)',
  '',
  '# Case studies',
  'To learn, read what companies did.',
  '',
  'Space, Time and Groceries (Jeremy Stanley, Tech at Instacart, 2017)',
  '',
  'Instacart uses machine learning to solve path optimization. It explains the design.',
  '',
  'A summary of the lessons is here:',
  '',
  'Prediction serving latency matters.',
  'From shallow to deep learning in fraud (Hao Yi Ong, Lyft Engineering, 2018)',
].join('\n');

describe('importMarkdown with plainLines: lists written as plain lines', () => {
  it('reads each line as an entry and leaves out prose', () => {
    const c = importMarkdown(guide, { plainLines: true });
    const entries = [...walkItems(c)].map(({ item, path }) => [path.at(-1)?.title, item.title]);
    expect(entries).toEqual([
      ['Overview', '[Video] Machine learning production myths (MLSys Seminars)'],
      ['Overview', '[Book] Deep Learning (Goodfellow et al.). Free online version.'],
      ['Overview', 'Rules of Machine Learning (Martin Zinkevich, 2019)'],
      ['Case studies', 'Space, Time and Groceries (Jeremy Stanley, Tech at Instacart, 2017)'],
      [
        'Case studies',
        'From shallow to deep learning in fraud (Hao Yi Ong, Lyft Engineering, 2018)',
      ],
    ]);
    expect([...walkItems(c)].every(({ item }) => item.url === undefined)).toBe(true);
  });

  it('is off by default: paragraphs are prose', () => {
    expect(() => importMarkdown(guide)).toThrow(CurriculumImportError);
  });
});
