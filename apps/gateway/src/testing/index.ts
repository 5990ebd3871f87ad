export * from './test-gateway.ts';
export * from './dialects.ts';
