// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appRoot } from '../../src/data/appRoot';

/** A page at `url` whose head holds `head`. */
function page(url: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.append(base);
  doc.head.insertAdjacentHTML('beforeend', head);
  return doc;
}

describe('appRoot', () => {
  it('is the folder above the bundle the page loads, whatever the page address', () => {
    const bundle = '<script type="module" src="/maps/ssm/assets/index-abc.js"></script>';
    expect(appRoot(page('https://council.example/maps/ssm', bundle))).toBe('https://council.example/maps/ssm/');
    expect(appRoot(page('https://council.example/maps/ssm/?council=E09000015', bundle))).toBe('https://council.example/maps/ssm/');
  });

  it('is the page\'s own folder when no bundle script is found (the dev server)', () => {
    expect(appRoot(page('https://council.example/maps/ssm/index.html'))).toBe('https://council.example/maps/ssm/');
    expect(appRoot(page('https://council.example/maps/ssm/', '<script type="module" src="/src/main.tsx"></script>'))).toBe('https://council.example/maps/ssm/');
  });
});
