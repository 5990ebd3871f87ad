// `npm run network:create -- --name "…" --admin-email … --admin-name "…"`:
// creates a network and its first administrator in the database of
// DATABASE_URL (or the SQLite file), so a production install can be signed
// in to without the demo data. The password comes from SYNERGIA_ADMIN_PASSWORD
// or, with --password-stdin, from the first line of standard input, never
// from the command line (which other users of the machine can read).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { bootstrapNetwork, openDatabase } from '@synergia/domain';
import { databaseOptionsFromEnv } from '../database-options.ts';

const flags: Record<string, string> = {
  networkName: '--name',
  networkAcronym: '--acronym',
  adminEmail: '--admin-email',
  adminName: '--admin-name',
  adminPassword: 'the password',
};

async function firstLineOfStdin(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) return line;
  return '';
}

function exit(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    acronym: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
  strict: true,
});

const password = values['password-stdin'] ? await firstLineOfStdin() : process.env.SYNERGIA_ADMIN_PASSWORD;
if (!password) exit('Give the administrator\'s password in SYNERGIA_ADMIN_PASSWORD or on standard input with --password-stdin.');

let options;
try {
  options = databaseOptionsFromEnv();
} catch (error) {
  exit(`Cannot open the database: ${(error as Error).message}`);
}
const orm = await openDatabase(options);
try {
  const result = await bootstrapNetwork(orm.em.fork() as never, {
    networkName: values.name ?? '',
    networkAcronym: values.acronym ?? null,
    adminEmail: values['admin-email'] ?? '',
    adminName: values['admin-name'] ?? '',
    adminPassword: password,
  });
  if (!result.ok) {
    const lines = result.errors.map((e) => {
      const field = e.path?.join('.') ?? '';
      // Domain messages start with the field's name; an operator knows the flag instead.
      const message = e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message;
      return `${flags[field] ?? (field || 'input')}: ${message}`;
    });
    exit(lines.join('\n'));
  }
  console.log(`Created the network "${result.value.network.name}" with ${result.value.admin.email} as its administrator.`);
} finally {
  await orm.close();
}
