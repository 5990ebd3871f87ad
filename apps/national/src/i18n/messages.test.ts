import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import { missingMessageKeys } from '@synergia/ui';

describe('national messages', () => {
  it('should have every English key in French and Spanish', () => {
    expect(missingMessageKeys(en, fr)).toEqual([]);
    expect(missingMessageKeys(en, es)).toEqual([]);
  });
});
