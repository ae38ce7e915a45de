import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { I18nProvider, useI18n } from '../../src/i18n/I18nContext';

function Title() {
  const tr = useI18n();
  return <h1 lang={tr.lang}>{tr.t('app.title')}</h1>;
}

describe('I18nContext', () => {
  it('gives English outside any provider', () => {
    render(<Title />);
    expect(screen.getByRole('heading').textContent).toBe('Shared Services Map');
  });

  it('stays in the language it was in until a catalogue not yet loaded arrives, then switches', async () => {
    const { rerender } = render(
      <I18nProvider lang="en">
        <Title />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('en');
    rerender(
      <I18nProvider lang="cy">
        <Title />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe(cy['app.title']));
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('cy');
    rerender(
      <I18nProvider lang="en">
        <Title />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByRole('heading').textContent).toBe('Shared Services Map'));
  });
});
