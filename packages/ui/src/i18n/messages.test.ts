import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import { missingMessageKeys } from './message-keys.ts';
import { mergeMessages } from './initI18n.ts';

describe('shared messages', () => {
  it('should have every English key in French and Spanish', () => {
    expect(missingMessageKeys(en, fr)).toEqual([]);
    expect(missingMessageKeys(en, es)).toEqual([]);
  });
});

describe('mergeMessages', () => {
  it('should merge nested app messages over shared ones without losing siblings', () => {
    const merged = mergeMessages({ common: { save: 'Save', cancel: 'Cancel' } }, { common: { save: 'Store' }, app: { name: 'X' } });
    expect(merged).toEqual({ common: { save: 'Store', cancel: 'Cancel' }, app: { name: 'X' } });
  });
});
