// The drawings of the participation dashboards, with recharts (SVG). Each is
// shown inside a ChartFigure, which hides it from assistive technology and
// offers the same numbers as a table, so these stay purely visual.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import { formatMonth, formatNumber, formatPercent } from '../format/format.ts';
import { AXIS_TICK, GRID_STROKE, MARGIN, chartStyle } from './chart-style.ts';
import type { GroupRow, MonthRow, SexAgeRow } from './participation.ts';

/**
 * Series colours: each has at least 3:1 contrast on white (WCAG 1.4.11), and
 * lines also differ by dash so colour is never the only cue.
 */
export const CHART_COLORS = {
  total: '#0b5a78',
  women: '#a8326e',
  men: '#2f6db5',
  other: '#5f7a1f',
  notRecorded: '#6b7280',
  youth: '#a55300',
  activities: '#4d5a6a',
} as const;

function numberFormatter(locale: string) {
  return (value: unknown) => formatNumber(typeof value === 'number' ? value : Number(value), locale);
}

function percentFormatter(locale: string) {
  return (value: unknown) => (value === null || value === undefined ? '—' : formatPercent(Number(value), locale));
}

/** How each series is drawn: colour, width and dash, so lines differ by more than colour. */
const LINE_LOOKS = {
  total: { stroke: CHART_COLORS.total, strokeWidth: 2.5 },
  women: { stroke: CHART_COLORS.women, strokeWidth: 2, strokeDasharray: '8 4' },
  youth: { stroke: CHART_COLORS.youth, strokeWidth: 2, strokeDasharray: '2 3' },
} as const;

/** One monthly series as a line; a month without a value leaves a gap. */
function seriesLine(dataKey: keyof MonthRow, name: string, look: keyof typeof LINE_LOOKS, dots: boolean) {
  return <Line key={dataKey} type="linear" dataKey={dataKey} name={name} {...LINE_LOOKS[look]} dot={dots} connectNulls={false} isAnimationActive={false} />;
}

/** Months along the bottom, a value axis, a tooltip naming the month in full, a legend, and the lines given as children. */
function MonthLineChart({
  rows,
  locale,
  height,
  valueAxis,
  formatValue,
  children,
}: {
  rows: readonly MonthRow[];
  locale: string;
  height: number;
  valueAxis: ReactNode;
  formatValue: (value: unknown) => string;
  children: ReactNode;
}) {
  return (
    <LineChart data={[...rows]} responsive style={chartStyle(height)} accessibilityLayer={false} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} />
      <XAxis dataKey="month" tick={AXIS_TICK} tickFormatter={(month: string) => formatMonth(month, locale)} minTickGap={12} />
      {valueAxis}
      <Tooltip labelFormatter={(month) => formatMonth(String(month), locale, 'long')} formatter={formatValue} />
      <Legend itemSorter={null} />
      {children}
    </LineChart>
  );
}

export type MonthlyChartLabels = { total: string; women: string; youth: string };

/** People reached per month: everybody, women and young people, as lines. */
export function MonthlyParticipantsChart({ rows, locale, labels }: { rows: readonly MonthRow[]; locale: string; labels: MonthlyChartLabels }) {
  const dots = rows.length <= 36;
  return (
    <MonthLineChart
      rows={rows}
      locale={locale}
      height={300}
      valueAxis={<YAxis tick={AXIS_TICK} tickFormatter={numberFormatter(locale)} allowDecimals={false} width={64} />}
      formatValue={numberFormatter(locale)}
    >
      {seriesLine('total', labels.total, 'total', dots)}
      {seriesLine('women', labels.women, 'women', dots)}
      {seriesLine('youth', labels.youth, 'youth', dots)}
    </MonthLineChart>
  );
}

export type SharesChartLabels = { womenShare: string; youthShare: string };

/** Share of women and of young people per month, 0–100 %; months nobody was reached leave a gap. */
export function MonthlySharesChart({ rows, locale, labels }: { rows: readonly MonthRow[]; locale: string; labels: SharesChartLabels }) {
  const dots = rows.length <= 36;
  return (
    <MonthLineChart
      rows={rows}
      locale={locale}
      height={260}
      valueAxis={
        <YAxis tick={AXIS_TICK} domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(share: number) => formatPercent(share, locale)} width={56} />
      }
      formatValue={percentFormatter(locale)}
    >
      {seriesLine('womenShare', labels.womenShare, 'women', dots)}
      {seriesLine('youthShare', labels.youthShare, 'youth', dots)}
    </MonthLineChart>
  );
}

const CATEGORY_AXIS_WIDTH = 150;

type CategoryTickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A category name beside a horizontal bar, wrapped onto two lines rather than cut off. */
function CategoryTick({ x = 0, y = 0, payload }: CategoryTickProps) {
  return (
    <Text
      x={Number(x)}
      y={Number(y)}
      width={CATEGORY_AXIS_WIDTH - 12}
      maxLines={2}
      textAnchor="end"
      verticalAnchor="middle"
      fontSize={12}
      fill={AXIS_TICK.fill}
    >
      {String(payload?.value ?? '')}
    </Text>
  );
}

/** An age band under its bar, wrapped so neighbouring labels do not overlap on a phone. */
function BandTick({ x = 0, y = 0, payload }: CategoryTickProps) {
  return (
    <Text x={Number(x)} y={Number(y) + 4} width={76} maxLines={3} textAnchor="middle" verticalAnchor="start" fontSize={12} fill={AXIS_TICK.fill}>
      {String(payload?.value ?? '')}
    </Text>
  );
}

export type GroupChartLabels = { activities: string; people: string; women: string };

/** Height of a horizontal bar chart with `count` categories. */
export function barChartHeight(count: number, perRow = 34): number {
  return Math.max(120, count * perRow + 56);
}

/**
 * Groups (types, branches, marker scores, countries) as horizontal bars, in
 * two panels side by side: activities, and people reached with the women
 * among them.
 */
export function GroupBarChart({
  rows,
  labelOf,
  locale,
  labels,
}: {
  rows: readonly GroupRow[];
  labelOf: (key: string) => string;
  locale: string;
  labels: GroupChartLabels;
}) {
  const data = rows.map((row) => ({ ...row, label: labelOf(row.key) }));
  return (
    <div className="chart-pair">
      <GroupBarPanel title={labels.activities} data={data} height={barChartHeight(data.length, 30)} locale={locale}>
        <Bar dataKey="activityCount" name={labels.activities} fill={CHART_COLORS.activities} isAnimationActive={false} />
      </GroupBarPanel>
      <GroupBarPanel title={labels.people} data={data} height={barChartHeight(data.length, 40)} locale={locale}>
        <Legend itemSorter={null} />
        <Bar dataKey="total" name={labels.people} fill={CHART_COLORS.total} isAnimationActive={false} />
        <Bar dataKey="women" name={labels.women} fill={CHART_COLORS.women} isAnimationActive={false} />
      </GroupBarPanel>
    </div>
  );
}

/** One panel of a GroupBarChart: its title, and horizontal bars (the children) beside the group names. */
function GroupBarPanel({
  title,
  data,
  height,
  locale,
  children,
}: {
  title: string;
  data: (GroupRow & { label: string })[];
  height: number;
  locale: string;
  children: ReactNode;
}) {
  return (
    <div className="chart-pair__panel">
      <p className="chart-pair__title">{title}</p>
      <BarChart data={data} layout="vertical" responsive style={chartStyle(height)} accessibilityLayer={false} margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} tickFormatter={numberFormatter(locale)} allowDecimals={false} />
        <YAxis type="category" dataKey="label" tick={<CategoryTick />} width={CATEGORY_AXIS_WIDTH} interval={0} />
        <Tooltip formatter={numberFormatter(locale)} />
        {children}
      </BarChart>
    </div>
  );
}

export type SexAgeChartLabels = { women: string; men: string; other: string; notRecorded: string };

/** People by age band, each bar stacked by sex. */
export function SexAgeChart({
  rows,
  labelOf,
  locale,
  labels,
}: {
  rows: readonly SexAgeRow[];
  labelOf: (row: SexAgeRow) => string;
  locale: string;
  labels: SexAgeChartLabels;
}) {
  const data = rows.map((row) => ({ ...row, label: labelOf(row) }));
  const bar = (key: keyof SexAgeChartLabels) => (
    <Bar key={key} dataKey={key} name={labels[key]} stackId="sex" fill={CHART_COLORS[key]} isAnimationActive={false} />
  );
  return (
    <BarChart data={data} responsive style={chartStyle(300)} accessibilityLayer={false} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="label" tick={<BandTick />} interval={0} height={52} />
      <YAxis tick={AXIS_TICK} tickFormatter={numberFormatter(locale)} allowDecimals={false} width={64} />
      <Tooltip formatter={numberFormatter(locale)} />
      <Legend itemSorter={null} />
      {bar('women')}
      {bar('men')}
      {bar('other')}
      {bar('notRecorded')}
    </BarChart>
  );
}
