import { describe, expect, it } from 'vitest';
import { paceScheduleDraft, paceScheduleFrom } from '../../extension/lib/settings';
import type { Register } from '../../shared/register';

const stored = (value: unknown): Record<string, Register> => ({
  's/pace/club': { value, hlc: '000000000001-0000-dev', merge: 'lww' } as Register,
});

describe('the schedule setting, one register per curriculum', () => {
  it('reads back what was stored, for that curriculum only', () => {
    const draft = paceScheduleDraft('club', {
      kind: 'own-pace',
      start: '2026-03-02',
      everyDays: 7,
    });
    expect(draft).toEqual({
      key: 's/pace/club',
      value: { kind: 'own-pace', start: '2026-03-02', everyDays: 7 },
      merge: 'lww',
    });
    const registers = stored(draft.value);
    expect(paceScheduleFrom(registers, 'club')).toEqual(draft.value);
    expect(paceScheduleFrom(registers, 'other')).toEqual({ kind: 'recorded' });
  });

  it('falls back to the club’s recorded dates when the stored value cannot be read', () => {
    for (const value of [null, 'weekly', { kind: 'own-pace', start: '2026-02-30', everyDays: 7 }])
      expect(paceScheduleFrom(stored(value), 'club')).toEqual({ kind: 'recorded' });
    expect(
      paceScheduleFrom(stored({ kind: 'own-pace', start: '2026-03-02', everyDays: 40 }), 'club'),
    ).toEqual({ kind: 'recorded' });
  });
});
