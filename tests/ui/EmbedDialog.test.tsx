import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { DEFAULT_STATE } from '../../src/model/viewState';
import { EmbedDialog } from '../../src/ui/EmbedDialog';

const ROOT = 'https://maps.example.org/';

beforeAll(() => {
  // jsdom's <dialog> may lack the modal methods; these do what the component needs of them.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(() => vi.unstubAllGlobals());

function setup(subject: string | null = 'Harrow') {
  const onClose = vi.fn();
  render(
    <I18nProvider lang="en">
      <EmbedDialog open appRoot={ROOT} state={{ ...DEFAULT_STATE, council: 'E09000015' }} subject={subject} onClose={onClose} />
    </I18nProvider>,
  );
  const code = () => (screen.getByRole('textbox', { name: 'Code to paste' }) as HTMLTextAreaElement).value;
  return { onClose, code };
}

describe('EmbedDialog', () => {
  it('writes the iframe code for the current view, titled by its subject, with a preview of it', () => {
    const { code } = setup();
    expect(screen.getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(true);
    expect(code()).toMatch(/^<iframe src="https:\/\/maps\.example\.org\/\?council=E09000015[^"]*" title="Shared Services Map: Harrow" height="600" style="width: 100%; border: 0"/);
    expect(code()).toContain(`<script src="${ROOT}embed.js" async></script>`);
    const preview = document.querySelector('iframe.embed-preview')!;
    expect(preview.getAttribute('title')).toBe('Shared Services Map: Harrow');
    expect(preview.getAttribute('src')).toContain('council=E09000015');
  });

  it('follows the settings: height, list, language and an accent only once it reads as a colour', () => {
    const { code } = setup(null);
    expect(code()).toContain('title="Shared Services Map: how UK councils share services"');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Height in pixels' }), { target: { value: '800' } });
    expect(code()).toContain('height="800"');
    // The preview is as tall as the code makes the map.
    expect(document.querySelector('iframe.embed-preview')!.getAttribute('height')).toBe('800');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show the list of partnerships' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'cy' } });
    expect(code()).toMatch(/lang=cy/);
    const before = code();
    fireEvent.change(screen.getByRole('textbox', { name: 'Your brand colour (optional)' }), { target: { value: '#12' } });
    expect(code()).toBe(before);
    fireEvent.change(screen.getByRole('textbox', { name: 'Your brand colour (optional)' }), { target: { value: '#123456' } });
    expect(code()).not.toBe(before);
    expect(code()).toMatch(/123456/);
  });

  it('copies the code, or selects it for the person to copy when the browser will not', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { code } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the code' }));
    await waitFor(() => expect(screen.getByText('Copied.')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(code());
    writeText.mockRejectedValueOnce(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the code' }));
    await waitFor(() => expect(screen.getByText(/Your browser would not copy it/)).toBeTruthy());
  });

  it('closes from its close button', () => {
    const { onClose } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
