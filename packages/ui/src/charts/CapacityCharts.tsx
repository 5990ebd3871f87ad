// The capacity-building charts (recharts, SVG). Each is shown inside the
// ChartFigure, which hides the drawing from assistive technology and offers
// the same numbers as a table, so these stay purely visual. Only lazily
// loaded screens use them, so recharts stays out of the apps' first bundle.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatMonth, formatNumber } from '../format/format.ts';
import type { CapacityDomain } from '../missions/capacity-building-vocabulary.ts';
import { AXIS_TICK, GRID_STROKE, MARGIN, chartStyle } from './chart-style.ts';

/** One assessment of a partner: its day and its score per domain (null where it left the domain out). */
export type CapacityHistoryRow = { key: string; assessedOn: string } & Record<CapacityDomain, number | null>;

/** One month of missions: how many and how many people they reached. */
export type MonthlyMissionsRow = { month: string; missions: number; participants: number };

/**
 * A colour (3:1 or more on white, WCAG 1.4.11) and a dash per domain, so two
 * lines never differ by colour alone.
 */
const DOMAIN_LOOKS: Record<CapacityDomain, { stroke: string; strokeDasharray?: string }> = {
  GOVERNANCE: { stroke: '#0b5a78' },
  FINANCIAL_MANAGEMENT: { stroke: '#a8326e', strokeDasharray: '8 4' },
  HUMAN_RESOURCES: { stroke: '#2f6db5', strokeDasharray: '2 3' },
  PROGRAMME_MANAGEMENT: { stroke: '#5f7a1f', strokeDasharray: '12 4 2 4' },
  NETWORKING: { stroke: '#a55300' },
  POLITICAL_ACTION: { stroke: '#6b3fa0', strokeDasharray: '8 4' },
  GENDER_MAINSTREAMING: { stroke: '#b02a2a', strokeDasharray: '2 3' },
  COMMUNICATION: { stroke: '#4d5a6a', strokeDasharray: '12 4 2 4' },
};

/** A partner's scores over time on the 1–4 scale, a line per domain given (the partner page draws one chart per domain). */
export function CapacityHistoryChart({
  rows,
  domains,
  labelOf,
  locale,
}: {
  rows: readonly CapacityHistoryRow[];
  domains: readonly CapacityDomain[];
  labelOf: (domain: CapacityDomain) => string;
  locale: string;
}) {
  return (
    <LineChart data={[...rows]} responsive style={chartStyle(domains.length > 1 ? 320 : 200)} accessibilityLayer={false} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} />
      <XAxis dataKey="assessedOn" tick={AXIS_TICK} tickFormatter={(day: string) => formatDate(day, locale)} minTickGap={12} />
      <YAxis tick={AXIS_TICK} domain={[1, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} width={32} />
      <Tooltip labelFormatter={(day) => formatDate(String(day), locale)} />
      {domains.length > 1 ? <Legend itemSorter={null} /> : null}
      {domains.map((domain) => (
        <Line
          key={domain}
          type="linear"
          dataKey={domain}
          name={labelOf(domain)}
          {...DOMAIN_LOOKS[domain]}
          strokeWidth={2}
          dot
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

/** One series of a bar chart: the row field it reads, its name in the legend, its colour. */
export type BarSeries = { dataKey: string; name: string; fill: string };

/** Categories (statuses, marker scores, domains) as horizontal bars, one bar per series; values are plain numbers. */
export function CategoryBarChart({
  rows,
  series,
  locale,
  domain,
  decimals = false,
}: {
  rows: readonly ({ label: string } & Record<string, number | string>)[];
  series: readonly BarSeries[];
  locale: string;
  /** The value axis' range, e.g. [0, 4] for scores; by default from 0 to the largest value. */
  domain?: [number, number];
  decimals?: boolean;
}) {
  const perRow = 18 * series.length + 16;
  const height = Math.max(120, rows.length * perRow + 56);
  const format = (value: unknown) => formatNumber(Number(value), locale);
  return (
    <BarChart data={[...rows]} layout="vertical" responsive style={chartStyle(height)} accessibilityLayer={false} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} horizontal={false} />
      <XAxis type="number" tick={AXIS_TICK} tickFormatter={format} allowDecimals={decimals} domain={domain ?? [0, 'auto']} />
      <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={150} interval={0} />
      <Tooltip formatter={format} />
      {series.length > 1 ? <Legend itemSorter={null} /> : null}
      {series.map((s) => (
        <Bar key={s.dataKey} dataKey={s.dataKey} name={s.name} fill={s.fill} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

/** Missions per month as bars (left axis) and participants as a line (right axis): the two differ in scale. */
export function MonthlyMissionsChart({
  rows,
  locale,
  labels,
}: {
  rows: readonly MonthlyMissionsRow[];
  locale: string;
  labels: { missions: string; participants: string };
}) {
  const format = (value: unknown) => formatNumber(Number(value), locale);
  return (
    <ComposedChart data={[...rows]} responsive style={chartStyle(300)} accessibilityLayer={false} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="month" tick={AXIS_TICK} tickFormatter={(month: string) => formatMonth(month, locale)} minTickGap={12} />
      <YAxis yAxisId="missions" tick={AXIS_TICK} tickFormatter={format} allowDecimals={false} width={48} />
      <YAxis yAxisId="participants" orientation="right" tick={AXIS_TICK} tickFormatter={format} allowDecimals={false} width={56} />
      <Tooltip labelFormatter={(month) => formatMonth(String(month), locale, 'long')} formatter={format} />
      <Legend itemSorter={null} />
      <Bar yAxisId="missions" dataKey="missions" name={labels.missions} fill="#4d5a6a" isAnimationActive={false} />
      <Line
        yAxisId="participants"
        type="linear"
        dataKey="participants"
        name={labels.participants}
        stroke="#0b5a78"
        strokeWidth={2.5}
        strokeDasharray="8 4"
        dot={rows.length <= 36}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
