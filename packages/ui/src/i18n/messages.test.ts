import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import { mergeMessages } from './initI18n.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf key of a message tree, plural suffixes folded into the base key. */
function messageKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(/_(zero|one|two|few|many|other)$/, '')] : messageKeys(value, path);
  });
}

describe('shared messages', () => {
  it('should have every English key in French and Spanish', () => {
    const english = new Set(messageKeys(en));
    for (const other of [fr, es]) {
      const keys = new Set(messageKeys(other));
      expect([...english].filter((k) => !keys.has(k))).toEqual([]);
    }
  });
});

describe('mergeMessages', () => {
  it('should merge nested app messages over shared ones without losing siblings', () => {
    const merged = mergeMessages({ common: { save: 'Save', cancel: 'Cancel' } }, { common: { save: 'Store' }, app: { name: 'X' } });
    expect(merged).toEqual({ common: { save: 'Store', cancel: 'Cancel' }, app: { name: 'X' } });
  });
});
