import { describe, expect, it } from 'vitest';
import { missingMessageKeys } from '@synergia/ui';
import { continentalMessages } from './messages.ts';

describe('continental messages', () => {
  it('should have every English key in French and Spanish', async () => {
    const [en, fr, es] = await Promise.all([continentalMessages.en(), continentalMessages.fr(), continentalMessages.es()]);
    expect(missingMessageKeys(en, fr)).toEqual([]);
    expect(missingMessageKeys(en, es)).toEqual([]);
  });
});
