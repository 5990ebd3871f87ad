import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Activity } from './activity.entity.ts';
import { activityFilterWhere, activityOrderBy, visibleActivitiesWhere } from './activity.queries.ts';
import type { ActivityFilter, ActivityOrder } from './activity.filter.ts';
import { genderCriteria, type GenderCriterion } from './gender-marker.rules.ts';
import { sexes, type Sex } from './participant-counts.rules.ts';
import { participantsOf } from './activity.values.ts';
import type { GenderMarkerColumns, ParticipantColumns } from './reach.properties.ts';
import { Network } from '../networks/network.entity.ts';
import type { AgeBand } from '../networks/age-bands.rules.ts';
import type { Actor } from '../permissions/permissions.rules.ts';
import { countryName } from '../shared/countries.ts';
import type { DomainContext } from '../shared/context.ts';

/**
 * How a value is meant to be read, so each file format can write it natively:
 * numbers as numbers, dates as dates, shares (0 to 1) as percentages.
 */
export type ExportValueKind = 'text' | 'integer' | 'decimal' | 'share' | 'date' | 'datetime' | 'boolean';

/** One column of an export: a stable key, the header a person reads, and the kind of its values. */
export type ExportColumn = { key: string; header: string; kind: ExportValueKind };

/** `date` values are ISO strings (YYYY-MM-DD), `datetime` values are Dates; null is an empty cell. */
export type ExportValue = string | number | boolean | Date | null;

/** One activity as a flat row, keyed by {@link ExportColumn.key}. */
export type ExportRow = Record<string, ExportValue>;

/** The names an export row shows for an activity's partner and synergy. */
export type ExportRelatedNames = { partnerName: string; partnerAcronym: string | null; synergyName: string | null };

/** Default and largest number of activities in one export; beyond it, the caller must narrow the filter. */
export const maxExportRows = 50_000;
/** Activities read per SQL page: the largest page `listActivities` accepts. */
export const exportPageSize = 100;

/** More activities match than an export may hold; nothing was written. */
export class ExportTooLargeError extends Error {
  constructor(
    readonly rowCount: number,
    readonly limit: number,
    /** What the rows are, plural: "activities", "joint actions". */
    rowsAre = 'activities',
  ) {
    super(
      `The export would hold ${rowCount.toLocaleString('en')} ${rowsAre}; the limit is ${limit.toLocaleString('en')}. Narrow the filter (dates, synergy, partner…) and export in parts.`,
    );
  }
}

const sexHeader: Record<Sex, string> = { WOMEN: 'Women', MEN: 'Men', OTHER: 'Other sex', NOT_RECORDED: 'Sex not recorded' };

const criterionHeader: Record<GenderCriterion, string> = {
  GENDER_ANALYSIS: 'Checklist 1: gender analysis done',
  ANALYSIS_SHAPED_DESIGN: 'Checklist 2: analysis shaped the design',
  GENDER_OBJECTIVE_AND_INDICATOR: 'Checklist 3: gender objective and indicator',
  SEX_DISAGGREGATED_DATA: 'Checklist 4: sex-disaggregated data',
  GENDER_MONITORING_COMMITMENT: 'Checklist 5: commitment to monitor gender results',
};

/** The key of a sex × age band cell column; `null` is the age-unknown cell (sex not recorded only). */
export const cellColumnKey = (sex: Sex, ageBandId: string | null): string => `cell:${sex}:${ageBandId ?? ''}`;
const criterionKey = (criterion: GenderCriterion) => `checklist:${criterion}`;

/**
 * The age bands of several networks as one list of columns: bands with the
 * same id share a column, in the order first met; differing labels are joined.
 */
export function unionOfAgeBands(networks: readonly { ageBands: readonly AgeBand[] }[]): { id: string; label: string }[] {
  const labels = new Map<string, string[]>();
  for (const network of networks) {
    for (const band of network.ageBands) {
      const known = labels.get(band.id) ?? [];
      if (!known.includes(band.label)) known.push(band.label);
      labels.set(band.id, known);
    }
  }
  return [...labels].map(([id, names]) => ({ id, label: names.join(' / ') }));
}

/** One export column; `key` names its value in an {@link ExportRow}. */
export const exportColumn = (key: string, header: string, kind: ExportValueKind): ExportColumn => ({ key, header, kind });
const col = exportColumn;

/** The schedule and place columns of planned work (joint actions, missions): planned and actual dates, country. */
export const plannedWorkExportColumns = (): ExportColumn[] => [
  col('plannedStartDate', 'Planned start date', 'date'),
  col('plannedEndDate', 'Planned end date', 'date'),
  col('actualStartDate', 'Actual start date', 'date'),
  col('actualEndDate', 'Actual end date', 'date'),
  col('country', 'Country code', 'text'),
  col('countryName', 'Country', 'text'),
];

/** The values of the {@link plannedWorkExportColumns} of a joint action or mission. */
export const plannedWorkExportValues = (record: {
  plannedStartDate: string;
  plannedEndDate: string;
  actualStartDate?: string | null;
  actualEndDate?: string | null;
  country?: string | null;
}): ExportRow => ({
  plannedStartDate: record.plannedStartDate,
  plannedEndDate: record.plannedEndDate,
  actualStartDate: record.actualStartDate ?? null,
  actualEndDate: record.actualEndDate ?? null,
  country: record.country ?? null,
  countryName: record.country ? countryName(record.country) : null,
});

/**
 * The columns of an activity export, in order. The participants grid gives
 * one column per sex × age band, named from the networks' band labels
 * ("Women 18–35"), and one for people of unknown sex and age.
 */
export function activityExportColumns(bands: readonly { id: string; label: string }[]): ExportColumn[] {
  return [
    col('id', 'ID', 'text'),
    col('title', 'Title', 'text'),
    col('description', 'Description', 'text'),
    col('partner', 'Partner', 'text'),
    col('partnerAcronym', 'Partner acronym', 'text'),
    col('synergy', 'Synergy', 'text'),
    col('type', 'Type', 'text'),
    col('subType', 'Sub-type', 'text'),
    col('status', 'Status', 'text'),
    col('startDate', 'Start date', 'date'),
    col('endDate', 'End date', 'date'),
    col('country', 'Country code', 'text'),
    col('countryName', 'Country', 'text'),
    col('place', 'Place', 'text'),
    col('branches', 'Social protection branches', 'text'),
    col('workerCategories', 'Worker categories', 'text'),
    col('informalSectors', 'Informal sectors', 'text'),
    ...reachExportColumns(bands),
    col('createdAt', 'Created at (UTC)', 'datetime'),
    col('updatedAt', 'Updated at (UTC)', 'datetime'),
  ];
}

/**
 * The participants and gender marker columns every export of reach shares
 * (activities, joint actions): totals, shares, one column per sex × age band
 * and the gender marker with its checklist.
 */
export function reachExportColumns(bands: readonly { id: string; label: string }[]): ExportColumn[] {
  const cells = sexes.flatMap((sex) => bands.map((band) => col(cellColumnKey(sex, band.id), `${sexHeader[sex]} ${band.label}`, 'integer')));
  return [
    col('participantsTotal', 'Participants', 'integer'),
    col('participantsWomen', sexHeader.WOMEN, 'integer'),
    col('participantsMen', sexHeader.MEN, 'integer'),
    col('participantsOther', sexHeader.OTHER, 'integer'),
    col('participantsNotRecorded', sexHeader.NOT_RECORDED, 'integer'),
    col('participantsYouth', 'Youth', 'integer'),
    col('womenShare', 'Share of women', 'share'),
    col('youthShare', 'Share of youth', 'share'),
    ...cells,
    col(cellColumnKey('NOT_RECORDED', null), `${sexHeader.NOT_RECORDED}, age not recorded`, 'integer'),
    col('genderMarkerScore', 'Gender marker score', 'integer'),
    ...genderCriteria.map((criterion) => col(criterionKey(criterion), criterionHeader[criterion], 'boolean')),
    col('genderPrincipalObjective', 'Gender equality is the principal objective', 'boolean'),
    col('genderJustification', 'Gender marker justification', 'text'),
  ];
}

const list = (values: readonly string[]): string => values.join('; ');

/**
 * One activity as a flat row. `networkBands` are the age bands of the
 * activity's own network: its cells are 0 where nobody was counted, and
 * empty (null) in the columns of bands its network does not have.
 */
export function activityExportRow(
  activity: Activity,
  related: ExportRelatedNames,
  columns: readonly ExportColumn[],
  networkBands: readonly AgeBand[],
): ExportRow {
  return {
    id: activity.id,
    title: activity.title,
    description: activity.description ?? null,
    partner: related.partnerName,
    partnerAcronym: related.partnerAcronym,
    synergy: related.synergyName,
    type: activity.type,
    subType: activity.subType ?? null,
    status: activity.status,
    startDate: activity.startDate,
    endDate: activity.endDate,
    country: activity.country,
    countryName: countryName(activity.country),
    place: activity.place ?? null,
    branches: list(activity.branches),
    workerCategories: list(activity.workerCategories),
    informalSectors: list(activity.informalSectors),
    ...reachExportValues(activity, columns, networkBands),
    createdAt: activity.createdAt,
    updatedAt: activity.updatedAt,
  };
}

/**
 * The values of the {@link reachExportColumns} of an activity or joint
 * action. `networkBands` are the age bands of its own network: its cells are
 * 0 where nobody was counted, and empty (null) in the columns of bands its
 * network does not have.
 */
export function reachExportValues(record: ParticipantColumns & GenderMarkerColumns, columns: readonly ExportColumn[], networkBands: readonly AgeBand[]): ExportRow {
  const participants = participantsOf(record);
  const row: ExportRow = {
    participantsTotal: participants.total,
    participantsWomen: participants.women,
    participantsMen: participants.men,
    participantsOther: participants.other,
    participantsNotRecorded: participants.notRecorded,
    participantsYouth: participants.youth,
    womenShare: participants.womenShare,
    youthShare: participants.youthShare,
    genderMarkerScore: record.genderScore,
    genderPrincipalObjective: record.genderPrincipalObjective,
    genderJustification: record.genderJustification ?? null,
  };
  for (const criterion of genderCriteria) row[criterionKey(criterion)] = record.genderCriteria.includes(criterion);
  const ownBands = new Set<string | null>([null, ...networkBands.map((band) => band.id)]);
  for (const column of columns) {
    if (!column.key.startsWith('cell:')) continue;
    const bandId = column.key.slice(column.key.lastIndexOf(':') + 1) || null;
    row[column.key] = ownBands.has(bandId) ? 0 : null;
  }
  for (const cell of participants.cells) {
    const key = cellColumnKey(cell.sex, cell.ageBandId);
    if (typeof row[key] === 'number') row[key] += cell.count;
  }
  return row;
}

/** An export ready to stream: its columns and size are known before the first row is read. */
export type ListExport = {
  columns: ExportColumn[];
  /** Records matching when the export was opened. */
  rowCount: number;
  /** Every matching record as a row, read from the database a page at a time. */
  rows: () => AsyncGenerator<ExportRow, void, undefined>;
};
export type ActivityExport = ListExport;

export type ListExportOptions = {
  /** At most this many records; more is an {@link ExportTooLargeError}. Default {@link maxExportRows}. */
  maxRows?: number;
  /** Records per SQL page, 1 to {@link exportPageSize}; default {@link exportPageSize}. */
  pageSize?: number;
};
export type ActivityExportOptions = ListExportOptions;

/** What differs between the lists an export walks: the records, the list's where clause and order, and how a page becomes rows. */
export type ListExportSource<T extends object> = {
  entity: EntityName<T>;
  /** The list's own where clause for this actor (visibility and filter); bad filter values throw InvalidArgumentError. */
  where: (em: EntityManager, actor: Actor) => FilterQuery<T>;
  orderBy: Record<string, 'asc' | 'desc'>;
  populate: string[];
  /** Only this network's records, when the filter says so (to choose the age band columns). */
  networkId: string | null | undefined;
  columns: (bands: readonly { id: string; label: string }[]) => ExportColumn[];
  /** The rows of one page, in order; may read related records in `em` (a few statements per page, never per row). */
  rowsOf: (em: EntityManager, items: T[], columns: ExportColumn[], bandsOf: ReadonlyMap<string, readonly AgeBand[]>) => Promise<ExportRow[]>;
  /** What the records are, plural, for the error message: "activities", "joint actions". */
  rowsAre: string;
};

/**
 * Opens an export of the records of a list the actor may see, in the list's
 * order (its own where clause, so the file holds what the list shows).
 * Opening counts the matches (refusing more than `maxRows` with an
 * {@link ExportTooLargeError}) and reads the age bands of the actor's
 * networks for the cell columns; bad filter values are `InvalidArgumentError`s
 * naming the field. `rows()` then walks the list by cursor, each page in its
 * own EntityManager fork so memory stays flat however long the export.
 */
export async function openListExport<T extends object>(ctx: DomainContext, source: ListExportSource<T>, options: ListExportOptions = {}): Promise<ListExport> {
  const maxRows = options.maxRows ?? maxExportRows;
  const pageSize = Math.min(Math.max(1, options.pageSize ?? exportPageSize), exportPageSize);
  const actor = ctx.actor;
  if (!actor) return { columns: source.columns([]), rowCount: 0, rows: async function* () {} };

  // Validates the filter (throwing InvalidArgumentError) before anything is read.
  const rowCount = await ctx.em.count(source.entity, source.where(ctx.em, actor));
  if (rowCount > maxRows) throw new ExportTooLargeError(rowCount, maxRows, source.rowsAre);

  // Every record an actor sees lies in a network of one of their grants.
  const networkIds = [...new Set(actor.grants.map((grant) => grant.networkId))].filter((id) => !source.networkId || id === source.networkId);
  const networks = networkIds.length ? await ctx.em.find(Network, { id: { $in: networkIds } }, { orderBy: { name: 'asc', id: 'asc' } }) : [];
  const bandsOf = new Map(networks.map((network) => [network.id, network.ageBands]));
  const columns = source.columns(unionOfAgeBands(networks));

  async function* rows(): AsyncGenerator<ExportRow, void, undefined> {
    let after: string | undefined;
    let written = 0;
    for (;;) {
      const em = ctx.em.fork();
      const page = await em.findByCursor(source.entity, source.where(em, actor!), {
        first: pageSize,
        after,
        orderBy: source.orderBy as never,
        includeCount: false,
        populate: source.populate as never,
      });
      for (const row of await source.rowsOf(em, [...page.items] as T[], columns, bandsOf)) {
        // Rows added while the file is written still count against the limit.
        if (++written > maxRows) throw new ExportTooLargeError(written, maxRows, source.rowsAre);
        yield row;
      }
      if (!page.hasNextPage || !page.endCursor) return;
      after = page.endCursor;
    }
  }

  return { columns, rowCount, rows };
}

/** Opens an export of the activities the actor may see that match `filter`, in `order` (see {@link openListExport}). */
export async function openActivityExport(
  ctx: DomainContext,
  filter: ActivityFilter | null | undefined,
  order: ActivityOrder | null | undefined,
  options: ActivityExportOptions = {},
): Promise<ActivityExport> {
  const given = filter ?? {};
  return openListExport<Activity>(
    ctx,
    {
      entity: Activity,
      where: (em, actor) => ({ $and: [visibleActivitiesWhere(em, actor), activityFilterWhere(em, given)] }),
      orderBy: activityOrderBy(order),
      populate: ['partner', 'synergy'],
      networkId: given.networkId,
      columns: activityExportColumns,
      rowsAre: 'activities',
      rowsOf: async (_em, activities, columns, bandsOf) =>
        activities.map((activity) => {
          const partner = activity.partner.getEntity();
          const synergy = activity.synergy?.getEntity() ?? null;
          return activityExportRow(
            activity,
            { partnerName: partner.name, partnerAcronym: partner.acronym ?? null, synergyName: synergy?.name ?? null },
            columns,
            bandsOf.get(activity.network.id) ?? [],
          );
        }),
    },
    options,
  );
}
