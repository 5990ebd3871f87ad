import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key of a message tree, plural suffixes folded into the base key. */
function messageKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path.replace(/_(zero|one|two|few|many|other)$/, '')] : messageKeys(value, path);
  });
}

describe('continental messages', () => {
  it('should have every English key in French and Spanish', () => {
    const english = new Set(messageKeys(en));
    for (const other of [fr, es]) {
      const keys = new Set(messageKeys(other));
      expect([...english].filter((k) => !keys.has(k))).toEqual([]);
    }
  });
});
