import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { reduceView, type Action } from '../../src/model/actions';
import { DEFAULT_STATE, type ViewState } from '../../src/model/viewState';
import { Explorer } from '../../src/ui/Explorer';
import type { SelectSource } from '../../src/ui/hooks/useViewState';
import { makeAppData } from '../helpers/appData';
import { forgetMapProps, mapProps, mapWithLinks } from '../helpers/explorer';

vi.mock('../../src/map/MapView', async () => (await import('../helpers/explorer')).mapViewStub);
vi.mock('../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));
// The idle prefetches stay off; the first view's steps run (the map a paint after the page).
vi.mock('../../src/map/idleWork', async (original) => ({ ...(await original<typeof import('../../src/map/idleWork')>()), whenIdle: () => () => {} }));

const data = makeAppData();

/** The explorer with a view state of its own, as useViewState would keep it (without the address). */
function Host({ initial }: { initial: ViewState }) {
  const [{ state, lastSource }, set] = useState<{ state: ViewState; lastSource: SelectSource }>({ state: initial, lastSource: 'url' });
  const dispatch = (action: Action, source: SelectSource = 'panel') => set((s) => ({ state: reduceView(s.state, action, data), lastSource: source }));
  return <Explorer data={data} state={state} dispatch={dispatch} lastSource={lastSource} />;
}

const show = (patch: Partial<ViewState> = {}) =>
  render(
    <I18nProvider lang="en">
      <Host initial={{ ...DEFAULT_STATE, ...patch }} />
    </I18nProvider>,
  );
const live = () => document.querySelector('[aria-live="polite"][role="status"]')!.textContent;

beforeEach(() => {
  vi.clearAllMocks();
  forgetMapProps();
});

describe('Explorer', () => {
  it('lays out the full page with the map, the panel and what it shows in the live region', async () => {
    show();
    await mapWithLinks();
    expect(screen.getByRole('link', { name: 'Skip past the map to the list' })).toBeTruthy();
    expect(mapProps().links!.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'What the map shows' })).toBeTruthy();
    await waitFor(() => expect(live()).toBe('5 partnerships shown'));
  });

  it('opens a partnership chosen from the list, moves focus to its heading, brings it into view and says so', async () => {
    show();
    await mapWithLinks();
    fireEvent.click(screen.getByRole('button', { name: /^HB Public Law/ }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'HB Public Law' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(live()).toBe('Details of HB Public Law');
    expect(mapProps().viewRequest).not.toBeNull();
    expect(mapProps().linkPaint.selected).toBe('hb-public-law');
  });

  it('focuses a council clicked on the map without moving the map or the focus', async () => {
    show();
    await mapWithLinks();
    const before = document.activeElement;
    mapProps().onSelectCouncil('E09000015');
    expect(await screen.findByRole('heading', { level: 2, name: 'London Borough of Harrow' })).toBeTruthy();
    expect(document.activeElement).toBe(before);
    expect(mapProps().viewRequest).toBeNull();
    await waitFor(() => expect(live()).toMatch(/^London Borough of Harrow: 2 partnerships/));
  });

  it('lays out the embed when the view is embedded', async () => {
    show({ embed: { list: true, height: null, accent: null } });
    await mapWithLinks();
    expect(screen.getByRole('link', { name: /Open the full map/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Skip past the map to the list' })).toBeNull();
    expect(mapProps().cooperativeGestures).toBe(true);
  });
});
