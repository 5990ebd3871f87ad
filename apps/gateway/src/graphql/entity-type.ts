import { helper } from '@mikro-orm/core';
import type { NodeType } from './global-id.ts';

/** The entity name of a managed entity object, e.g. "Partner" (entities are schemas, not classes). */
export const entityType = (entity: object): NodeType => helper(entity).__meta.className as NodeType;
