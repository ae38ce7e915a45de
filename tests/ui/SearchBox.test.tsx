import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { buildSearchIndex } from '../../src/model/search';
import { SearchBox } from '../../src/ui/SearchBox';
import { makeAppData } from '../helpers/appData';

const index = buildSearchIndex(makeAppData(), () => 'Council', () => 'Partnership', 'en');

function setup() {
  const onChoose = vi.fn();
  render(
    <I18nProvider lang="en">
      <SearchBox index={index} onChoose={onChoose} />
    </I18nProvider>,
  );
  return { onChoose, input: screen.getByRole('combobox', { name: 'Find a council or partnership' }) };
}

describe('SearchBox', () => {
  it('lists matches as options of a combobox', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'harrow' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options[0]!.textContent).toContain('London Borough of Harrow');
  });

  it('is operable by keyboard: arrows move the active option, Enter chooses it', () => {
    const { input, onChoose } = setup();
    fireEvent.change(input, { target: { value: 'b' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = screen.getAllByRole('option')[0]!;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose.mock.calls[0]![0]).toBe(index.search('b')[1]);
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('chooses the first result on Enter without arrows, and Escape closes the list', () => {
    const { input, onChoose } = setup();
    fireEvent.change(input, { target: { value: 'HB Publi' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'HB Public' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose.mock.calls[0]![0]).toMatchObject({ kind: 'partnership', id: 'hb-public-law' });
  });

  it('says when nothing matches', () => {
    const { input } = setup();
    fireEvent.change(input, { target: { value: 'qqqqqq' } });
    expect(screen.getByText('No council or partnership matches “qqqqqq”')).toBeTruthy();
  });
});
