import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../src/i18n/translator';
import { viewCaption } from '../../src/model/viewCaption';
import { DEFAULT_STATE } from '../../src/model/viewState';
import { composePicture, downloadPicture, layersInOrder, pictureText, wrapText, type PictureText } from '../../src/ui/exportPng';
import { makeAppData } from '../helpers/appData';
import { recordingContext } from '../helpers/canvas';

const data = makeAppData();
const en = createTranslator('en');
const cy = createTranslator('cy');
const measure = { measureText: (text: string) => ({ width: text.length * 7 }) as TextMetrics };

afterEach(() => vi.restoreAllMocks());

describe('pictureText', () => {
  it('titles the picture with what it shows and words every filter, the year and the count', () => {
    const state = { ...DEFAULT_STATE, services: ['legal'], year: 2016, council: 'E09000015' };
    const text = pictureText(viewCaption(state, data, 1), data, en, 'https://example.org/?council=E09000015', state.services);
    expect(text.title).toBe('Shared Services Map: London Borough of Harrow');
    expect(text.details).toEqual(['Service areas: Legal and democratic services · Partnerships running in 2016 · 1 partnership']);
    // The key shows only the service areas filtered on.
    expect(text.key).toEqual([{ colour: '#AA4499', label: 'Legal and democratic services' }]);
    expect(text.sources).toMatch(/ONS.*OS data.*mySociety/);
    expect(text.address).toBe('https://example.org/?council=E09000015');
  });

  it('is in the page’s language', () => {
    const text = pictureText(viewCaption(DEFAULT_STATE, data, 5), data, cy, '', []);
    expect(text.title).toBe(`${cy.t('app.title')}: ${cy.t('caption.all')}`);
    expect(text.sources).toBe(cy.t('map.attribution'));
    expect(text.key).toHaveLength(data.services.length);
  });

  it('keys a colour family once, naming its areas', () => {
    const services = data.services.map((s) => (s.id === 'hr-payroll' || s.id === 'legal' ? { ...s, colour: '#9000a7', family: 'corporate' } : s));
    const text = pictureText(viewCaption(DEFAULT_STATE, data, 5), { ...data, services }, en, '', []);
    expect(text.key).toHaveLength(data.services.length - 1);
    expect(text.key).toContainEqual({ colour: '#9000a7', label: 'Corporate services: HR and payroll; legal and democratic services' });
  });

  it('names the councils of a comparison', () => {
    const state = { ...DEFAULT_STATE, compare: ['E09000015', 'E09000003'] };
    expect(pictureText(viewCaption(state, data, 2), data, en, '', []).title).toBe('Shared Services Map: Comparing London Borough of Harrow and London Borough of Barnet');
  });
});

describe('wrapText', () => {
  it('breaks words into lines that fit, never splitting a word', () => {
    expect(wrapText(measure, 'one two three four', 70)).toEqual(['one two', 'three four']);
    expect(wrapText(measure, 'unbreakablewordhere', 20)).toEqual(['unbreakablewordhere']);
  });
});

const TEXT: PictureText = { title: 'Title', details: ['Details'], key: [{ colour: '#123456', label: 'ICT' }], lineNotes: ['Width'], sources: 'Sources', address: 'https://example.org/' };

function mapWithCanvases() {
  const map = document.createElement('div');
  map.getBoundingClientRect = () => ({ left: 10, top: 20, width: 300, height: 200 }) as DOMRect;
  const layers = [0, 1].map((i) => {
    const layer = document.createElement('canvas');
    layer.width = 400;
    layer.height = 260;
    layer.style.opacity = i === 0 ? '0.2' : '';
    layer.getBoundingClientRect = () => ({ left: -40, top: 0, width: 400, height: 260 }) as DOMRect;
    map.append(layer);
    return layer;
  });
  document.body.append(map);
  return { map, layers };
}

describe('composePicture', () => {
  it('draws each of the map’s canvases in its place under the title, with the key and sources below', () => {
    const recorder = recordingContext();
    recorder.answer('measureText', (text) => measure.measureText(text as string));
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(recorder.ctx as never);
    const { map, layers } = mapWithCanvases();
    const canvas = composePicture(map, TEXT, 2);
    const drawn = recorder.calls.filter(([name]) => name === 'drawImage');
    // Left of the frame by 50 px, and below the title block.
    expect(drawn.map(([, layer, x]) => [layer, x])).toEqual([
      [layers[0], -50],
      [layers[1], -50],
    ]);
    const headHeight = drawn[0]![3] as number;
    expect(headHeight).toBeGreaterThan(20);
    expect(canvas.width).toBe(600);
    expect(canvas.height).toBeGreaterThan((headHeight - 20 + 200) * 2);
    const texts = recorder.calls.filter(([name]) => name === 'fillText').map(([, text]) => text);
    expect(texts).toEqual(['Title', 'Details', 'ICT', 'Width', 'Sources', 'https://example.org/']);
    map.remove();
  });
});

describe('layersInOrder', () => {
  it('stacks the canvases by their pane’s z-index, then in page order', () => {
    const map = document.createElement('div');
    const pane = (z: string) => {
      const el = document.createElement('div');
      el.className = 'leaflet-pane';
      el.style.zIndex = z;
      el.append(document.createElement('canvas'));
      map.append(el);
      return el.firstElementChild;
    };
    const links = pane('450');
    const highlight = pane('420');
    const shapes = pane('400');
    expect(layersInOrder(map)).toEqual([shapes, highlight, links]);
  });
});

describe('downloadPicture', () => {
  it('saves the canvas as a PNG by a link to its blob', async () => {
    const canvas = document.createElement('canvas');
    canvas.toBlob = (done: BlobCallback, type?: string) => done(new Blob(['x'], { type }));
    URL.createObjectURL = vi.fn(() => 'blob:picture');
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await downloadPicture(canvas, 'map.png');
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['map.png', 'blob:picture']]);
    expect((URL.createObjectURL as ReturnType<typeof vi.fn>).mock.calls[0]![0].type).toBe('image/png');
  });
});
