import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SynergyStatus } from '../../gql/graphql.ts';
import { isSynergyStatus, SYNERGY_STATUSES } from '../../synergies/synergy-status.ts';

const SEARCH_DELAY_MS = 300;

export type SynergyFiltersState = {
  /** The search text in the URL (`?q=`). */
  search: string;
  /** The status in the URL (`?status=`), or "" for all. */
  status: SynergyStatus | '';
  /** What the search box shows (may run ahead of the URL while typing). */
  searchInput: string;
  setSearchInput(value: string): void;
  /** Puts the search box text into the URL at once. */
  applySearch(): void;
  setStatus(value: SynergyStatus | ''): void;
  clear(): void;
};

/** The overview's filter, kept in the URL so it survives reloads and can be shared. */
export function useSynergyFilters(): SynergyFiltersState {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const statusParam = params.get('status');
  const status = isSynergyStatus(statusParam) ? statusParam : '';
  const [searchInput, setSearchInput] = useState(search);
  // The last search this hook wrote: a different URL value came from outside (back button, link).
  const written = useRef(search);

  useEffect(() => {
    if (search !== written.current) {
      written.current = search;
      setSearchInput(search);
    }
  }, [search]);

  const update = useCallback(
    (changes: Record<string, string>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const applySearch = useCallback(() => {
    const value = searchInput.trim();
    written.current = value;
    update({ q: value });
  }, [searchInput, update]);

  useEffect(() => {
    if (searchInput.trim() === search) return;
    const timer = setTimeout(applySearch, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput, search, applySearch]);

  const setStatus = useCallback((value: SynergyStatus | '') => update({ status: value }), [update]);
  const clear = useCallback(() => {
    written.current = '';
    setSearchInput('');
    update({ q: '', status: '' });
  }, [update]);

  return { search, status, searchInput, setSearchInput, applySearch, setStatus, clear };
}

/** Search box and status select above the synergy list. */
export function SynergyFilters({ filters }: { filters: SynergyFiltersState }) {
  const { t } = useTranslation();
  const { searchInput, setSearchInput, applySearch, status, setStatus, search, clear } = filters;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applySearch();
  }

  return (
    <form role="search" className="filters" onSubmit={onSubmit} aria-label={t('continental.overview.filterLabel')}>
      <div className="field filters__search">
        <label className="field__label" htmlFor="synergy-search">
          {t('continental.overview.search')}
        </label>
        <input
          id="synergy-search"
          className="field__control"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          placeholder={t('continental.overview.searchPlaceholder')}
          autoComplete="off"
        />
      </div>
      <div className="field filters__status">
        <label className="field__label" htmlFor="synergy-status">
          {t('continental.overview.status')}
        </label>
        <select
          id="synergy-status"
          className="field__control field__control--select"
          value={status}
          onChange={(e) => setStatus(isSynergyStatus(e.target.value) ? e.target.value : '')}
        >
          <option value="">{t('continental.overview.allStatuses')}</option>
          {SYNERGY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enums.SynergyStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {search || status ? (
        <div className="filters__actions">
          <button type="button" className="button button--quiet" onClick={clear}>
            {t('continental.overview.clearFilters')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
