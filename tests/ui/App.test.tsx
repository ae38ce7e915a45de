import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, loadData } from '../../src/data/loadData';
import { App } from '../../src/ui/App';
import { keepShellOutline } from '../../src/ui/shellOutline';
import { makeAppData } from '../helpers/appData';

vi.mock('../../src/data/loadData', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/data/loadData')>()), loadData: vi.fn() }));
vi.mock('../../src/map/MapView', async () => (await import('../helpers/explorer')).mapViewStub);
vi.mock('../../src/ui/hooks/useDetails', () => ({ useDetails: () => ({ status: 'loading' }) }));
// The idle prefetches stay off; the first view's steps run.
vi.mock('../../src/map/idleWork', async (original) => ({ ...(await original<typeof import('../../src/map/idleWork')>()), whenIdle: () => () => {} }));
const load = vi.mocked(loadData);

beforeEach(() => {
  load.mockReset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('App', () => {
  it('shows the loading screen in the page’s frame, then the explorer, with the document’s language and title', async () => {
    load.mockResolvedValue(makeAppData());
    render(<App />);
    expect(screen.getByRole('status').textContent).toBe('Loading the map…');
    expect(await screen.findByRole('heading', { name: 'What the map shows' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Shared Services Map');
  });

  it('keeps the shell’s outline on the loading screen, under its message, and not once the map is there', async () => {
    load.mockResolvedValue(makeAppData());
    document.body.innerHTML = '<div id="root"><div class="app-shell"><img class="stage-outline" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="" /></div></div>';
    keepShellOutline();
    document.body.innerHTML = '';
    try {
      const { container } = render(<App />);
      const outline = container.querySelector('.stage-status > img.stage-outline');
      expect(outline?.getAttribute('src')).toBe('data:image/svg+xml,%3Csvg%3E%3C/svg%3E');
      expect(outline?.nextElementSibling?.getAttribute('role')).toBe('status');
      await screen.findByRole('heading', { name: 'What the map shows' });
      expect(container.querySelector('.stage-outline')).toBeNull();
    } finally {
      keepShellOutline();
    }
  });

  it('says which file failed, and loads again on retry', async () => {
    load.mockRejectedValueOnce(new DataLoadError('councils.json', 'corrupt', 'bad JSON'));
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('The file councils.json is damaged or out of date.');
    load.mockResolvedValueOnce(makeAppData());
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'What the map shows' })).toBeTruthy();
  });

  it('in an embed, marks the page as embedded and applies the host’s accent', async () => {
    window.history.replaceState(null, '', '/?embed=1&accent=%23005ea5');
    load.mockResolvedValue(makeAppData());
    const { unmount } = render(<App />);
    await waitFor(() => expect(screen.getByRole('link', { name: /Open the full map/ })).toBeTruthy());
    expect(document.documentElement.classList.contains('embedded')).toBe(true);
    expect(document.documentElement.style.getPropertyValue('--accent-fill')).toBe('#005ea5');
    unmount();
    expect(document.documentElement.classList.contains('embedded')).toBe(false);
  });
});
