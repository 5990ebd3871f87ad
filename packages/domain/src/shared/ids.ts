import { randomUUID } from 'node:crypto';

/** Primary keys are UUIDs so that rows can be created on any gateway instance without a round trip. */
export const newId = (): string => randomUUID();

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => uuidPattern.test(value);
