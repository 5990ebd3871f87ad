// Imports a CSV of activities through the Synergia API with @synergia/client:
//
//   tsx examples/import-activities.ts --url http://localhost:4000 --token syn_… examples/activities.csv
//
// (or SYNERGIA_URL / SYNERGIA_TOKEN in the environment). Each row is created
// with `createActivity`; the API's validation errors are printed per row and
// the other rows still go in. Exit code 0 when every row was created, 1 when
// some were refused, 2 when nothing could be imported at all.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import {
  CreateActivityDocument,
  NetworksDocument,
  PartnersDocument,
  SynergiaApiError,
  createClient,
  type ActivityType,
  type CreateActivityInput,
  type ParticipantCellInput,
  type Sex,
  type SocialProtectionBranch,
  type SynergiaClient,
  type WorkStatus,
} from '@synergia/client';

type Row = Record<string, string>;

/** Participant columns: `<sex> <age band id>` (e.g. `women 18-35`), or `not_recorded` alone. */
const sexes: Record<string, Sex> = { women: 'WOMEN', men: 'MEN', other: 'OTHER', not_recorded: 'NOT_RECORDED' };

/** Reads the participant columns of the header, checked against the network's age bands. */
function participantColumns(header: string[], ageBandIds: Set<string>) {
  const columns: { column: string; sex: Sex; ageBandId: string | null }[] = [];
  for (const column of header) {
    const name = column.trim().toLowerCase();
    if (name === 'not_recorded') {
      columns.push({ column, sex: 'NOT_RECORDED', ageBandId: null });
      continue;
    }
    const match = /^(women|men|other|not_recorded)[ _](.+)$/.exec(name);
    if (!match) continue;
    const [, sexWord, ageBandId] = match as unknown as [string, string, string];
    if (!ageBandIds.has(ageBandId)) throw new Error(`column "${column}": unknown age band; the network's bands are ${[...ageBandIds].join(', ')}`);
    columns.push({ column, sex: sexes[sexWord]!, ageBandId });
  }
  return columns;
}

/** A row as the API's input, or the local problem that prevents sending it. */
function toInput(row: Row, partners: Map<string, string>, columns: ReturnType<typeof participantColumns>): CreateActivityInput | { field: string; message: string } {
  const acronym = (row.partner ?? '').trim();
  const partnerId = partners.get(acronym.toLowerCase());
  if (!partnerId) return { field: 'partner', message: `no partner with the acronym "${acronym}" that this token may see` };
  const participants: ParticipantCellInput[] = [];
  for (const { column, sex, ageBandId } of columns) {
    const text = (row[column] ?? '').trim();
    if (text === '') continue;
    const count = Number(text);
    if (!Number.isInteger(count)) return { field: column, message: `"${text}" is not a whole number` };
    participants.push({ sex, ageBandId, count });
  }
  const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    partnerId,
    // Enum names are checked by the API; a wrong one is a GraphQL error for the row.
    type: (row.type ?? '').trim() as ActivityType,
    title: (row.title ?? '').trim(),
    startDate: (row.start_date ?? '').trim(),
    endDate: optional(row.end_date),
    branches: (row.branches ?? '').split(';').map((branch) => branch.trim()).filter(Boolean) as SocialProtectionBranch[],
    status: optional(row.status) as WorkStatus | undefined,
    participants,
  };
}

/** Every partner the token may see, by lower-cased acronym, walking all pages. */
async function partnersByAcronym(client: SynergiaClient) {
  const byAcronym = new Map<string, string>();
  for await (const page of client.pages(PartnersDocument, { first: 100 }, (data) => data.partners)) {
    for (const { node } of page.edges) if (node.acronym) byAcronym.set(node.acronym.toLowerCase(), node.id);
  }
  return byAcronym;
}

/** `field: message`, without repeating the field when the message starts with it. */
function describe(field: string, message: string) {
  return `${field}: ${message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message}`;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { url: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const url = values.url ?? process.env.SYNERGIA_URL;
  const token = values.token ?? process.env.SYNERGIA_TOKEN;
  const [file] = positionals;
  if (values.help || !url || !token || !file) {
    console.error('usage: tsx examples/import-activities.ts --url <server> --token <syn_…> <activities.csv>\n(or SYNERGIA_URL and SYNERGIA_TOKEN)');
    return 2;
  }
  // Accepts the server (http://localhost:4000) or its endpoint (…/graphql).
  const base = url.replace(/\/+$/, '');
  const client = createClient({ url: base.endsWith('/graphql') ? base : `${base}/graphql`, token });

  const records: { record: Row; info: { lines: number } }[] = parse(await readFile(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  });
  const header = records[0] ? Object.keys(records[0].record) : [];
  const { networks } = await client.request(NetworksDocument);
  const ageBandIds = new Set(networks.flatMap((network) => network.ageBands.map((band) => band.id)));
  const columns = participantColumns(header, ageBandIds);
  const partners = await partnersByAcronym(client);

  let failed = 0;
  for (const { record, info } of records) {
    // The line the row ends on, counting the header as line 1: what an editor shows.
    const label = `row ${info.lines}`;
    const input = toInput(record, partners, columns);
    if ('message' in input) {
      failed += 1;
      console.log(`${label}: ERROR ${describe(input.field, input.message)}`);
      continue;
    }
    try {
      const { createActivity } = await client.request(CreateActivityDocument, { input });
      if (createActivity.activity) {
        console.log(`${label}: OK ${createActivity.activity.id} "${createActivity.activity.title}"`);
      } else {
        failed += 1;
        for (const error of createActivity.errors) {
          const field = error.__typename === 'ValidationError' ? error.field : (error.path?.join('.') ?? error.__typename);
          console.log(`${label}: ERROR ${describe(field, error.message)}`);
        }
      }
    } catch (error) {
      // A bad enum name or date is refused by GraphQL itself, for this row only.
      if (!(error instanceof SynergiaApiError) || error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') throw error;
      failed += 1;
      console.log(`${label}: ERROR ${error.message}`);
    }
  }
  console.log(`${records.length - failed} of ${records.length} activities imported.`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
