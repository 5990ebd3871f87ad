import { describe, expect, it } from 'vitest';
import { missingMessageKeys } from '@synergia/ui';
import { nationalMessages } from './messages.ts';

describe('national messages', () => {
  it('should have every English key in French and Spanish', async () => {
    const [en, fr, es] = await Promise.all([nationalMessages.en(), nationalMessages.fr(), nationalMessages.es()]);
    expect(missingMessageKeys(en, fr)).toEqual([]);
    expect(missingMessageKeys(en, es)).toEqual([]);
  });
});
