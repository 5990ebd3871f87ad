import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The breakdowns a participation summary reads; TOTAL (group key '') also serves the breakdown by month. */
export const rollupDimensions = ['TOTAL', 'TYPE', 'BRANCH', 'COUNTRY', 'SCORE', 'CELL'] as const;
export type RollupDimension = (typeof rollupDimensions)[number];

/**
 * People reached per network, synergy and month, summed per breakdown value:
 * what the network and synergy participation summaries read instead of
 * scanning every activity of the period (issue 7). Derived data, kept in step
 * with `activity` in the same transaction as each write by the
 * ParticipationRollupSubscriber, and rebuilt from scratch by
 * `rebuildParticipationRollup` after bulk loads.
 *
 * One row per (network, dimension, month, synergy, group key): `synergyKey` is the
 * synergy's id or '' for work reported under no synergy (a key column cannot be
 * null on both databases' upserts). A CELL row's group key is `SEX:ageBandId` and its
 * people are in `total`.
 */
export const ParticipationRollup = defineEntity({
  name: 'ParticipationRollup',
  tableName: 'participation_rollup',
  // The key's order serves the network summaries (network, dimension, months); this index the synergy dashboards.
  indexes: [{ properties: ['synergyKey', 'dimension', 'month'] }],
  properties: {
    networkId: p.string().length(36).primary(),
    dimension: p.enum([...rollupDimensions]).primary(),
    /** YYYY-MM of the activities' start date. */
    month: p.string().length(7).primary(),
    synergyKey: p.string().length(36).primary(),
    groupKey: p.string().length(100).primary(),
    activityCount: p.integer().default(0),
    total: p.integer().default(0),
    women: p.integer().default(0),
    youth: p.integer().default(0),
    men: p.integer().default(0),
    other: p.integer().default(0),
    notRecorded: p.integer().default(0),
  },
});
export type ParticipationRollup = InferEntity<typeof ParticipationRollup>;
