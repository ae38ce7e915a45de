import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ViewState } from '../../src/model/viewState';
import { EmbedLayout, FullLayout, type LayoutProps } from '../../src/ui/ExplorerLayouts';
import { makeAppData } from '../helpers/appData';
import { renderWithModel } from '../helpers/explorer';

vi.mock('../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

const data = makeAppData();
const dispatch = vi.fn();

const show = (patch: Partial<ViewState>, embed = false, subjectName: string | null = null) =>
  renderWithModel(
    data,
    patch,
    (state, model, actions) => {
      const props: LayoutProps = { data, state, model, actions, subjectName, announcement: 'Said aloud', mapStage: <div className="map-stand-in">map</div>, panel: <aside>panel</aside> };
      return embed ? <EmbedLayout {...props} /> : <FullLayout {...props} />;
    },
    dispatch,
  );

describe('FullLayout', () => {
  it('lays out the skip link, the header, the map, the panel, the live region and the footer', () => {
    const { container } = show({});
    expect(screen.getByRole('link', { name: 'Skip past the map to the list' }).getAttribute('href')).toBe('#panel');
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(container.querySelector('.stage')!.textContent).toBe('map');
    expect(screen.getByText('panel')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Said aloud');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });

  it('shows the table in the map’s place in the table view, its rows opening partnerships', async () => {
    show({ view: 'table' });
    expect(await screen.findByRole('table')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Suffolk ICT' }));
    expect(dispatch).toHaveBeenCalledWith({ type: 'select', target: { kind: 'partnership', id: 'suffolk-ict' } }, 'table');
  });

  it('opens the embed dialog from the header, titled by the view’s subject', async () => {
    show({ council: 'E09000015' }, false, 'Harrow');
    fireEvent.click(screen.getByRole('button', { name: 'Embed this map' }));
    const code = (await screen.findByRole('textbox', { name: 'Code to paste' })) as HTMLTextAreaElement;
    expect(code.value).toContain('title="Shared Services Map: Harrow"');
  });

  it('asks for a view and a language from the header', () => {
    show({});
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setView', view: 'table' }, 'panel');
    fireEvent.click(screen.getByRole('button', { name: 'Cymraeg' }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: 'setLang', lang: 'cy' }, 'panel');
  });
});

describe('EmbedLayout', () => {
  const embed = { list: false, height: 500, accent: null };

  it('has a title line naming the subject and a link to the full map, and the map without the panel', () => {
    const { container } = show({ council: 'E09000015', embed: { ...embed, list: false } }, true, 'Harrow');
    expect(container.querySelector('.embed-title')!.textContent).toBe('Shared Services Map: Harrow');
    const full = screen.getByRole('link', { name: /Open the full map/ });
    expect(full.getAttribute('href')).toContain('council=E09000015');
    expect(full.getAttribute('href')).not.toContain('embed');
    expect(container.querySelector('.app')!.className).toBe('app embed fixed-height');
    // A council is focused, so the panel shows.
    expect(screen.getByText('panel')).toBeTruthy();
  });

  it('leaves the panel out with nothing chosen and no list asked for, and shows it when the list is', () => {
    const { unmount } = show({ embed }, true);
    expect(screen.queryByText('panel')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    unmount();
    show({ embed: { ...embed, list: true } }, true);
    expect(screen.getByText('panel')).toBeTruthy();
  });
});
