import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isObjectType, isInterfaceType, isInputObjectType, isEnumType, printSchema, buildSchema as buildFromSdl } from 'graphql';
import { printTypeDefs } from './type-defs.ts';
import { buildSchema } from './schema.ts';

const committed = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql'), 'utf8');

describe('the published schema', () => {
  it('should be the committed schema.graphql, so clients see what is served', () => {
    expect(printTypeDefs()).toBe(committed);
    expect(printSchema(buildSchema())).toBe(printSchema(buildFromSdl(committed)));
  });

  it('should describe every type and field', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !isInputObjectType(type) && !isEnumType(type)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
