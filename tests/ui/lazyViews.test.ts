import { describe, expect, it } from 'vitest';
import * as EmbedDialogModule from '../../src/ui/EmbedDialog';
import * as FiltersModule from '../../src/ui/Filters';
import * as search from '../../src/model/search';
import * as TableViewModule from '../../src/ui/TableView';
import { EmbedDialog, Filters, loadEmbedDialog, loadFilters, loadSearch, loadTableView, TableView } from '../../src/ui/lazyViews';

describe('lazyViews', () => {
  it('loads each view as the default export React.lazy wants', async () => {
    expect((await loadTableView()).default).toBe(TableViewModule.TableView);
    expect((await loadEmbedDialog()).default).toBe(EmbedDialogModule.EmbedDialog);
    expect((await loadFilters()).default).toBe(FiltersModule.Filters);
  });

  it('loads the search index’s module', async () => {
    expect((await loadSearch()).buildSearchIndex).toBe(search.buildSearchIndex);
  });

  it('gives lazy components for the views', () => {
    const lazyType = Symbol.for('react.lazy');
    for (const component of [TableView, EmbedDialog, Filters]) expect((component as unknown as { $$typeof: symbol }).$$typeof).toBe(lazyType);
  });
});
