import { describe, expect, it } from 'vitest';
import { dialectOf } from './orm.ts';

describe('choosing the database from DATABASE_URL', () => {
  it('should use SQLite when no URL is given and PostgreSQL for postgres URLs', () => {
    expect(dialectOf({})).toBe('sqlite');
    expect(dialectOf({ databaseUrl: 'postgres://u@h/db' })).toBe('postgresql');
    expect(dialectOf({ databaseUrl: 'postgresql://u@h/db' })).toBe('postgresql');
  });

  it('should refuse any other URL instead of silently falling back to SQLite', () => {
    expect(() => dialectOf({ databaseUrl: 'mysql://u@h/db' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
  });
});
