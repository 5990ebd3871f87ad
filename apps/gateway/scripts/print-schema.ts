// Writes apps/gateway/schema.graphql, the committed contract for client developers.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTypeDefs } from '../src/schema/type-defs.ts';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');
writeFileSync(target, printTypeDefs());
console.log(`wrote ${target}`);
