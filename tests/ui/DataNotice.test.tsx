import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RejectedRecord } from '../../src/data/checkRecords';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { DataNotice } from '../../src/ui/DataNotice';

const record = (patch: Partial<RejectedRecord>): RejectedRecord => ({ kind: 'partnership', position: 1, id: null, field: null, reason: 'invalidField', ...patch });
const show = (rejected: RejectedRecord[]) =>
  render(
    <I18nProvider lang="en">
      <DataNotice rejected={rejected} />
    </I18nProvider>,
  );

describe('DataNotice', () => {
  it('shows nothing when no record was left out', () => {
    const { container } = show([]);
    expect(container.innerHTML).toBe('');
  });

  it('counts the records left out by kind and lists each with its reason', () => {
    show([record({ id: 'a-b', field: 'name' }), record({ position: 4, reason: 'duplicate', field: 'id' }), record({ kind: 'shape', position: 2 })]);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.getByText('2 partnerships could not be shown')).toBeTruthy();
    expect(screen.getByText('1 council boundary could not be drawn')).toBeTruthy();
    expect(screen.getByText('Partnership no. 1 “a-b”: name is missing or not valid')).toBeTruthy();
    expect(screen.getByText('Partnership no. 4: id repeats an earlier record')).toBeTruthy();
    expect(screen.getByText('Boundary no. 2: its outline is damaged')).toBeTruthy();
  });

  it('lists the first twenty and says how many more', () => {
    show(Array.from({ length: 23 }, (_, i) => record({ position: i + 1 })));
    expect(screen.getAllByText(/^Partnership no\. \d+/)).toHaveLength(20);
    expect(screen.getByText('and 3 more')).toBeTruthy();
  });
});
