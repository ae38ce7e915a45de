// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keepShellOutline, shellOutline } from '../../src/ui/shellOutline';

afterEach(() => {
  document.body.innerHTML = '';
  keepShellOutline();
});

describe('keepShellOutline', () => {
  it('keeps the address of the outline picture in index.html’s shell', () => {
    document.body.innerHTML = `<div id="root"><div class="app-shell"><div class="stage stage-status"><img class="stage-outline" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="" /></div></div></div>`;
    keepShellOutline();
    expect(shellOutline()).toBe('data:image/svg+xml,%3Csvg%3E%3C/svg%3E');
  });

  it('keeps nothing where the page has no shell (or the app has already replaced it)', () => {
    document.body.innerHTML = '<div id="root"><div class="app"></div></div><img class="stage-outline" src="elsewhere.svg" />';
    keepShellOutline();
    expect(shellOutline()).toBeNull();
  });
});
