import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { AppFooter, AppHeader, EmbedHeader, StatusFrame } from '../../src/ui/AppFrame';

const inEnglish = (ui: React.ReactNode) => render(<I18nProvider lang="en">{ui}</I18nProvider>);

describe('AppHeader', () => {
  it('shows the controls disabled while the data loads', () => {
    inEnglish(<AppHeader view="map" lang="en" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Shared Services Map' })).toBeTruthy();
    for (const name of ['Map', 'Table', 'English', 'Cymraeg', 'Embed this map']) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('combobox') as HTMLInputElement).disabled).toBe(true);
  });

  it('marks the view and language shown, and asks for a change from each button', () => {
    const actions = { searchIndex: null, onSearchFirstUse: vi.fn(), onSearch: vi.fn(), onView: vi.fn(), onLang: vi.fn(), onEmbed: vi.fn(), embedButtonRef: { current: null } };
    inEnglish(<AppHeader view="table" lang="en" actions={actions} />);
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Map' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Map' }));
    expect(actions.onView).toHaveBeenCalledWith('map');
    fireEvent.click(screen.getByRole('button', { name: 'Cymraeg' }));
    expect(actions.onLang).toHaveBeenCalledWith('cy');
    fireEvent.click(screen.getByRole('button', { name: 'Embed this map' }));
    expect(actions.onEmbed).toHaveBeenCalled();
    expect(actions.embedButtonRef.current).toBe(screen.getByRole('button', { name: 'Embed this map' }));
    fireEvent.focus(screen.getByRole('combobox'));
    expect(actions.onSearchFirstUse).toHaveBeenCalled();
  });
});

describe('AppFooter', () => {
  it('says what the map is and where its data comes from', () => {
    inEnglish(<AppFooter />);
    expect(screen.getByText('About this map.')).toBeTruthy();
    expect(screen.getByText('Data sources.')).toBeTruthy();
  });
});

describe('StatusFrame', () => {
  it('draws the page’s frame around a message, with a placeholder for the panel', () => {
    const { container } = inEnglish(<StatusFrame embedded={false}>Waiting</StatusFrame>);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(container.querySelector('.stage-status')!.textContent).toBe('Waiting');
    expect(container.querySelector('.panel-placeholder')).not.toBeNull();
  });

  it('in an embed, draws only the embed’s title line around it', () => {
    const { container } = inEnglish(<StatusFrame embedded>Waiting</StatusFrame>);
    expect(container.querySelector('.embed-title')!.textContent).toBe('Shared Services Map');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(container.querySelector('.stage-status')!.textContent).toBe('Waiting');
  });
});

describe('EmbedHeader', () => {
  it('makes the map’s name and subject the embed’s level-one heading, with what the layout adds beside it', () => {
    inEnglish(
      <EmbedHeader subject="Harrow">
        <a href="/">Open</a>
      </EmbedHeader>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Shared Services Map: Harrow');
    expect(screen.getByRole('banner').querySelector('a')!.textContent).toBe('Open');
  });
});

describe('the header', () => {
  it('tells the stylesheet its height and the last kind of input', () => {
    inEnglish(<AppHeader view="map" lang="en" />);
    expect(document.documentElement.style.getPropertyValue('--header-height')).toMatch(/px$/);
    fireEvent.pointerDown(document.body);
    expect(document.documentElement.dataset.input).toBe('pointer');
  });
});
