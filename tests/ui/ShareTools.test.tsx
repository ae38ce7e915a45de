import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { DEFAULT_STATE, type ViewState } from '../../src/model/viewState';
import * as exportPng from '../../src/ui/exportPng';
import { ShareTools } from '../../src/ui/ShareTools';
import { makeAppData } from '../helpers/appData';

const data = makeAppData();
// Its own live region, not a second role="status": the explorer's live region stays the one status of the page.
const status = () => document.querySelector('.share-status[aria-live="polite"]')!;

function setup(state: Partial<ViewState> = {}, mapElement: () => HTMLElement | null = () => null) {
  render(
    <I18nProvider lang="en">
      <ShareTools data={data} state={{ ...DEFAULT_STATE, ...state }} shownCount={3} mapElement={mapElement} />
    </I18nProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ShareTools', () => {
  it('copies the view’s address and says so in a status', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    setup({ council: 'E09000015', compare: ['E09000015', 'E09000003'] });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?council=E09000015&compare=E09000015,E09000003$/));
    expect(status().textContent).toBe('Link copied');
  });

  it('shows the address to copy by hand when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    setup({ year: 2016 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(status().textContent).toMatch(/^Could not copy the link: .*\?year=2016$/);
  });

  it('downloads the map as a PNG named in the page’s language, and confirms it', async () => {
    const picture = document.createElement('canvas');
    const viewPicture = vi.spyOn(exportPng, 'viewPicture').mockReturnValue(picture);
    const download = vi.spyOn(exportPng, 'downloadPicture').mockResolvedValue();
    const map = document.createElement('div');
    setup({}, () => map);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download as PNG' })));
    expect(viewPicture.mock.calls[0]![0]).toBe(map);
    expect(viewPicture.mock.calls[0]![1]).toMatchObject({ shownCount: 3 });
    expect(download).toHaveBeenCalledWith(picture, 'shared-services-map.png');
    expect(status().textContent).toBe('Picture of the map downloaded');
  });

  it('says so when there is no map to picture, and offers no picture of the table', async () => {
    setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download as PNG' })));
    expect(status().textContent).toBe('The picture could not be made');
    cleanup();
    setup({ view: 'table' });
    expect(screen.queryByRole('button', { name: 'Download as PNG' })).toBeNull();
  });
});
