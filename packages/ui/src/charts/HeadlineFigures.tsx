import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../format/format.ts';
import { headline, type ParticipationGroupLike } from './participation.ts';
import './charts.css';

export type HeadlineFiguresProps = {
  summary: ParticipationGroupLike;
  locale: string;
  /** The heading above the figures; by default "Key figures". */
  title?: string;
};

/** Activities, people reached, share of women and share of young people, as a description list. */
export function HeadlineFigures({ summary, locale, title }: HeadlineFiguresProps) {
  const { t } = useTranslation();
  const figures = headline(summary);
  const items = [
    { key: 'activities', label: t('dashboard.headline.activities'), value: formatNumber(figures.activityCount, locale) },
    { key: 'people', label: t('dashboard.headline.people'), value: formatNumber(figures.total, locale) },
    { key: 'womenShare', label: t('dashboard.headline.womenShare'), value: formatPercent(figures.womenShare, locale) || '—' },
    { key: 'youthShare', label: t('dashboard.headline.youthShare'), value: formatPercent(figures.youthShare, locale) || '—' },
  ];
  return <HeadlineFigureList items={items} title={title} />;
}

export type HeadlineFigureListProps = {
  /** Each figure: `key` marks it (`data-figure`), `value` is already formatted. */
  items: readonly { key: string; label: string; value: string }[];
  /** The heading above the figures; by default "Key figures". */
  title?: string;
};

/** Key figures of a summary as a description list under a hidden heading (participation's, joint actions'…). */
export function HeadlineFigureList({ items, title }: HeadlineFigureListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="headline-figures" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {title ?? t('dashboard.headline.title')}
      </h2>
      <dl className="headline-figures__list">
        {items.map((item) => (
          <div key={item.key} className="headline-figures__item" data-figure={item.key}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
