import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { SearchIndex, SearchResult } from '../model/search';

// One box for councils and partnerships, as an ARIA 1.2 combobox: type to
// see results, arrows to move through them, Enter to choose, Escape to close.

export interface SearchBoxProps {
  /** Null until the box is first used: the index is built then, off the first view's path. */
  index: SearchIndex | null;
  onFirstUse?(): void;
  onChoose(result: SearchResult): void;
  /** While the data loads: shown, but not usable yet. */
  disabled?: boolean;
}

/** The option after (or before) the active one, round the list; none when there are no results. */
function step(active: number, by: 1 | -1, count: number): number {
  if (!count) return -1;
  if (by === 1) return (active + 1) % count;
  return active <= 0 ? count - 1 : active - 1;
}

/** The combobox's state: the query, whether the list is open, the active option, and the keys that move through it. */
function useCombobox(index: SearchIndex | null, onChoose: (result: SearchResult) => void) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => index?.search(query) ?? [], [index, query]);
  // Nothing is listed until the index has arrived, so a first query never reads "no match" while it loads.
  const showList = open && query.trim().length > 0 && index != null;

  function choose(result: SearchResult) {
    onChoose(result);
    setQuery(result.label);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => step(i, 1, results.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => step(i, -1, results.length));
    } else if (event.key === 'Enter') {
      const result = results[active >= 0 ? active : 0];
      if (showList && result) {
        event.preventDefault();
        choose(result);
      }
    } else if (event.key === 'Escape') {
      if (showList) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        setQuery('');
      }
    }
  }
  return { query, setQuery, setOpen, active, setActive, results, showList, choose, onKeyDown };
}

export function SearchBox({ index, onFirstUse, onChoose, disabled = false }: SearchBoxProps) {
  const tr = useI18n();
  const id = useId();
  const listId = `${id}-results`;
  const inputRef = useRef<HTMLInputElement>(null);
  const { query, setQuery, setOpen, active, setActive, results, showList, choose, onKeyDown } = useCombobox(index, onChoose);
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="search-label">
        {tr.t('search.label')}
      </label>
      <div className="search-field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          placeholder={tr.t('search.placeholder')}
          disabled={disabled}
          value={query}
          onChange={(e) => {
            onFirstUse?.();
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => {
            onFirstUse?.();
            if (query) setOpen(true);
          }}
        />
        {query && (
          <button
            type="button"
            className="search-clear"
            aria-label={tr.t('search.clear')}
            onClick={() => {
              setQuery('');
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      <SearchResults listId={listId} optionId={optionId} query={query} results={results} active={active} showList={showList} onChoose={choose} />
    </div>
  );
}

/** The listbox of results (or the one saying none matches), and the count for screen readers. */
function SearchResults({
  listId,
  optionId,
  query,
  results,
  active,
  showList,
  onChoose,
}: {
  listId: string;
  optionId(i: number): string;
  query: string;
  results: readonly SearchResult[];
  active: number;
  showList: boolean;
  onChoose(result: SearchResult): void;
}) {
  const tr = useI18n();
  return (
    <>
      <ul id={listId} role="listbox" aria-label={tr.t('search.label')} className="search-results" hidden={!showList}>
        {showList && results.length === 0 && (
          <li className="search-empty" role="option" aria-disabled="true" aria-selected="false">
            {tr.t('search.noResults', { query: query.trim() })}
          </li>
        )}
        {showList &&
          results.map((result, i) => (
            <li
              key={result.kind === 'council' ? `c-${result.code}` : `p-${result.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(result);
              }}
            >
              <span className="search-result-label">{result.label}</span>
              <span className="search-result-detail">
                {tr.t(result.kind === 'council' ? 'search.council' : 'search.partnership')} · {result.detail}
              </span>
            </li>
          ))}
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {showList ? tr.t('search.results', { count: results.length }) : ''}
      </div>
    </>
  );
}
