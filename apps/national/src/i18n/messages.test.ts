import { describe, expect, it } from 'vitest';
import { missingMessageKeys } from '@synergia/ui';
import { nationalMessages } from './messages.ts';

describe('national messages', () => {
  it('should have every English key in French and Spanish', () => {
    const { en, fr, es } = nationalMessages;
    expect(missingMessageKeys(en!, fr!)).toEqual([]);
    expect(missingMessageKeys(en!, es!)).toEqual([]);
  });
});
