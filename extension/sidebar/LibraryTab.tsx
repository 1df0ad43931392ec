/**
 * "Library": every claim ClaimLens knows, searchable with fuse.js over the statement, the claimant and
 * the organisation (and the editors' alternative wordings, weighted lower), filterable by stance and by
 * the year the claim was made. A claim opens in the same claim view as the hover card.
 */
import Fuse from 'fuse.js';
import { useMemo, useState } from 'preact/hooks';
import type { Claim, SeedDocument, Stance } from '../../src/claims/types';
import type { ClaimLookup } from '../shared/claim-details';
import { t } from '../shared/i18n';
import { CLAIM_BUTTON_ATTR, ClaimDetail, useOpenClaim } from './ClaimDetail';
import { ClaimByline } from '../shared/panel/ClaimByline';
import { claimYear, STANCE_LABEL, STANCES, startOf } from '../shared/panel/format';

/**
 * How far a search term may drift and still find a claim: 0.35 lets "survailance" find "surveillance"
 * and "Dick" find "Cressida Dick" without a two-letter query matching everything.
 */
const SEARCH_THRESHOLD = 0.35;

export interface LibraryTabProps {
  claims: readonly Claim[];
  lookup: ClaimLookup;
  loadDocument(id: string): Promise<SeedDocument | null>;
}

export interface LibraryFilter {
  query: string;
  stance: Stance | 'all';
  year: number | 'all';
}

export function createLibrarySearch(claims: readonly Claim[]) {
  const fuse = new Fuse(claims, {
    keys: [
      { name: 'statement', weight: 3 },
      { name: 'claimant.name', weight: 2 },
      { name: 'claimant.organisation', weight: 2 },
      { name: 'variants', weight: 1 },
    ],
    threshold: SEARCH_THRESHOLD,
    ignoreLocation: true,
    useExtendedSearch: false,
  });
  const byDate = [...claims].sort((a, b) => startOf(a.date.value) - startOf(b.date.value));
  return (filter: LibraryFilter): Claim[] => {
    const query = filter.query.trim();
    const found = query === '' ? byDate : fuse.search(query).map((r) => r.item);
    return found.filter(
      (c) =>
        (filter.stance === 'all' || c.stance === filter.stance) &&
        (filter.year === 'all' || claimYear(c) === filter.year),
    );
  };
}

const HEADING = 'sidebar-library-claim';

export function LibraryTab({ claims, lookup, loadDocument }: LibraryTabProps) {
  const search = useMemo(() => createLibrarySearch(claims), [claims]);
  const years = useMemo(
    () => [...new Set(claims.map(claimYear).filter((y): y is number => y !== null))].sort((a, b) => a - b),
    [claims],
  );
  const [filter, setFilter] = useState<LibraryFilter>({ query: '', stance: 'all', year: 'all' });
  const shown = useMemo(() => search(filter), [search, filter]);
  const { open, list, openClaim, back } = useOpenClaim();
  const details = open === null ? null : lookup(open);

  return (
    <div class="library">
      {details ? (
        <ClaimDetail
          details={details}
          loadDocument={loadDocument}
          backLabel={t('sidebarBackToLibrary')}
          onBack={back}
          headingId={HEADING}
        />
      ) : null}
      <div hidden={details !== null}>
        <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <label class="field">
            <span class="field-label">{t('sidebarSearchLabel')}</span>
            <input
              type="search"
              value={filter.query}
              aria-describedby="sidebar-search-hint"
              onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
            />
            <span class="hint" id="sidebar-search-hint">
              {t('sidebarSearchHint')}
            </span>
          </label>
          <div class="filter-row">
            <label class="field">
              <span class="field-label">{t('sidebarStanceFilter')}</span>
              <select
                value={filter.stance}
                onChange={(e) => setFilter({ ...filter, stance: e.currentTarget.value as LibraryFilter['stance'] })}
              >
                <option value="all">{t('sidebarStanceAll')}</option>
                {STANCES.map((s) => (
                  <option key={s} value={s}>
                    {t(STANCE_LABEL[s])}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span class="field-label">{t('sidebarYearFilter')}</span>
              <select
                value={String(filter.year)}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setFilter({ ...filter, year: v === 'all' ? 'all' : Number(v) });
                }}
              >
                <option value="all">{t('sidebarYearAll')}</option>
                {years.map((y) => (
                  <option key={y} value={String(y)}>
                    {String(y)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </form>
        <p class="muted result-count" role="status">
          {t('sidebarLibraryCount', [String(shown.length), String(claims.length)])}
        </p>
        {shown.length === 0 ? (
          <div class="state">
            <p>{t('sidebarLibraryEmpty')}</p>
            <button type="button" class="button" onClick={() => setFilter({ query: '', stance: 'all', year: 'all' })}>
              {t('sidebarClearFilters')}
            </button>
          </div>
        ) : (
          <div ref={list}>
            <ul class="claim-list">
              {shown.map((c) => (
                <li key={c.id}>
                  <ClaimButton claim={c} onOpen={() => openClaim(c.id)} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * One claim in a list: its statement (the button's name), who made it and when, and its stance. The
 * whole entry is clickable: the button's ::after covers it.
 */
export function ClaimButton({ claim, onOpen }: { claim: Claim; onOpen(): void }) {
  const id = `sidebar-claim-${claim.id}`;
  return (
    <div class="claim-item">
      <button
        type="button"
        class="claim-open"
        {...{ [CLAIM_BUTTON_ATTR]: claim.id }}
        aria-describedby={`${id}-byline`}
        onClick={onOpen}
      >
        <span class="statement">{claim.statement}</span>
      </button>
      <p class="byline" id={`${id}-byline`}>
        <ClaimByline claim={claim} />
      </p>
    </div>
  );
}
