export * from './database.ts';
export * from './postgres.ts';
export * from './builders.ts';
export * from './seeds.ts';
