import { describe, expect, it } from 'vitest';
import { filterWords } from '../../extension/lib/fold-text';
import { highlightRanges } from '../../extension/lib/highlight-ranges';

const marked = (text: string, filter: string) =>
  highlightRanges(text, filterWords(filter)).map(([start, end]) => text.slice(start, end));

describe('highlightRanges: where the filter’s words are in a title', () => {
  it('finds every word, whatever its case, in the order of the text', () => {
    expect(marked('Feature stores at scale: a feature of MLOps', 'FEATURE mlops')).toEqual([
      'Feature',
      'feature',
      'MLOps',
    ]);
  });

  it('matches without accents, and marks the accented letters of the original', () => {
    expect(marked('Le café des données', 'cafe donnees')).toEqual(['café', 'données']);
    expect(marked('Cafe', 'café')).toEqual(['Cafe']);
    // An accent written as a separate combining mark stays with its letter.
    expect(marked('cafe\u0301 noir', 'cafe')).toEqual(['cafe\u0301']);
  });

  it('merges words that overlap or touch into one mark', () => {
    expect(marked('Dataflow', 'data flow')).toEqual(['Dataflow']);
    expect(marked('banana', 'ana nan')).toEqual(['anana']);
  });

  it('marks nothing without words, or where they do not occur', () => {
    expect(marked('Streaming', '')).toEqual([]);
    expect(marked('Streaming', 'batch')).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(marked('𝔸 data 𝔸', 'data')).toEqual(['data']);
  });
});
