import type { AppData } from '../data/indexes';
import type { Translator } from '../i18n/translator';
import { colourGroups } from '../model/colours';
import { viewCaption, type CaptionPart, type ViewCaption } from '../model/viewCaption';
import type { ViewState } from '../model/viewState';
import { councilNameByCode, familyLabel, serviceLabel, serviceLabels } from './describe';

// The map as one PNG for a committee report: the map's canvases (boundaries,
// links, the overlay on top) composed in place on one canvas, under a title
// that says what is shown and over the key and the sources, all in the
// page's language. Everything drawn is already in the page, so making it
// asks no other site for anything (and a canvas with nothing from another
// site can be saved).

/** The words of the picture. */
export interface PictureText {
  title: string;
  details: string[];
  key: { colour: string; label: string }[];
  /** How to read a line: width, dashes, hollow. */
  lineNotes: string[];
  sources: string;
  address: string;
}

function partText(part: CaptionPart, data: AppData, tr: Translator): string {
  const names = (codes: readonly string[]) => tr.list(codes.map((c) => councilNameByCode(c, data, tr)));
  switch (part.kind) {
    case 'partnership':
      return part.name;
    case 'council':
      return councilNameByCode(part.code, data, tr);
    case 'compare':
      return tr.t('caption.compare', { names: names(part.codes) });
    case 'services':
      return tr.t('caption.services', { list: tr.list(part.ids.map((id) => serviceLabel(id, data, tr))) });
    case 'status':
      return tr.t('caption.status', { list: tr.list(part.values.map((v) => tr.t(`status.${v}`))) });
    case 'savings':
      return tr.t('caption.savings', { list: tr.list(part.bands.map((b) => tr.t(`band.${b}`))) });
    case 'figures':
      return tr.t('caption.figures', { list: tr.list(part.kinds.map((k) => tr.t(`figures.${k}`))) });
    case 'area':
      return tr.tx(part.key);
    case 'year':
      return tr.t('caption.year', { year: part.year });
    case 'allYears':
      return tr.t('caption.allYears', { year: part.boundaryYear });
    case 'areasMap': {
      const m = part.measure;
      const measure = m.kind === 'service' ? tr.t('caption.measure.service', { service: serviceLabel(m.service, data, tr) }) : tr.t(`caption.measure.${m.kind}`);
      return tr.t('caption.areasMap', { measure });
    }
    case 'shown':
      return tr.t('summary.partnerships', { count: part.count });
  }
}

/** The picture's words for a view's caption: the title says what it is about, the details the filters, year and count. */
export function pictureText(caption: ViewCaption, data: AppData, tr: Translator, address: string, services: readonly string[]): PictureText {
  const subject = caption.subject ? partText(caption.subject, data, tr) : tr.t('caption.all');
  const keyed = services.length ? data.services.filter((s) => services.includes(s.id)) : data.services;
  return {
    title: `${tr.t('app.title')}: ${subject}`,
    details: [caption.details.map((part) => partText(part, data, tr)).join(' · ')],
    // One entry per colour: a family of several areas names them after its name.
    key: colourGroups(keyed).map((g) => ({
      colour: g.colour,
      label: g.services.length > 1 ? `${familyLabel(g, data, tr)}: ${serviceLabels({ services: g.services.map((s) => s.id) }, data, tr)}` : serviceLabel(g.services[0]!.id, data, tr),
    })),
    lineNotes: [tr.t('legend.width'), tr.t('legend.unknown'), tr.t('legend.target')],
    sources: tr.t('map.attribution'),
    address,
  };
}

/** Words broken into lines no wider than `width` as the context measures them. */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const INK = '#1b1f24';
const MUTED = '#47515c';

interface Block {
  font: string;
  colour: string;
  lines: string[];
  lineHeight: number;
}

function textBlocks(ctx: CanvasRenderingContext2D, texts: { font: string; colour: string; text: string; lineHeight: number }[], width: number): Block[] {
  return texts.map(({ font, colour, text, lineHeight }) => {
    ctx.font = font;
    return { font, colour, lineHeight, lines: wrapText(ctx, text, width) };
  });
}

const blocksHeight = (blocks: readonly Block[]) => blocks.reduce((h, b) => h + b.lines.length * b.lineHeight, 0);

function drawBlocks(ctx: CanvasRenderingContext2D, blocks: readonly Block[], top: number): number {
  let y = top;
  for (const block of blocks) {
    ctx.font = block.font;
    ctx.fillStyle = block.colour;
    for (const line of block.lines) {
      ctx.fillText(line, PAD, y + block.lineHeight * 0.75);
      y += block.lineHeight;
    }
  }
  return y;
}

/** The key's swatches in rows across the width; returns the rows' height, drawing only when asked. */
function layKey(ctx: CanvasRenderingContext2D, key: PictureText['key'], width: number, top: number, draw: boolean): number {
  ctx.font = `13px ${FONT}`;
  let x = PAD;
  let y = top;
  for (const { colour, label } of key) {
    const w = 22 + ctx.measureText(label).width + 14;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 20;
    }
    if (draw) {
      ctx.fillStyle = colour;
      ctx.fillRect(x, y + 4, 16, 10);
      ctx.fillStyle = INK;
      ctx.fillText(label, x + 22, y + 14);
    }
    x += w;
  }
  return key.length ? y - top + 20 : 0;
}

/** The map's canvases bottom first, as the page stacks them: by their pane's z-index (the links' pane is over the highlighted shapes' though earlier in the page), then in page order. */
export function layersInOrder(mapElement: HTMLElement): HTMLCanvasElement[] {
  const z = (layer: HTMLCanvasElement) => {
    const pane = layer.closest<HTMLElement>('.leaflet-pane:not(.leaflet-map-pane)');
    return pane ? Number(getComputedStyle(pane).zIndex) || 0 : 0;
  };
  const layers = [...mapElement.querySelectorAll('canvas')].map((layer, i) => ({ layer, i, z: z(layer) }));
  return layers.sort((a, b) => a.z - b.z || a.i - b.i).map(({ layer }) => layer);
}

/** The map element's canvases composed in place, with the title above and the key and sources below. */
export function composePicture(mapElement: HTMLElement, text: PictureText, scale = 1): HTMLCanvasElement {
  const frame = mapElement.getBoundingClientRect();
  const width = Math.round(frame.width);
  const mapHeight = Math.round(frame.height);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const inner = width - PAD * 2;
  const head = textBlocks(ctx, [
    { font: `600 20px ${FONT}`, colour: INK, text: text.title, lineHeight: 26 },
    ...text.details.map((d) => ({ font: `14px ${FONT}`, colour: MUTED, text: d, lineHeight: 20 })),
  ], inner);
  const foot = textBlocks(ctx, [
    { font: `12px ${FONT}`, colour: MUTED, text: text.lineNotes.join(' · '), lineHeight: 17 },
    { font: `12px ${FONT}`, colour: MUTED, text: text.sources, lineHeight: 17 },
    { font: `12px ${FONT}`, colour: MUTED, text: text.address, lineHeight: 17 },
  ], inner);
  const headHeight = PAD + blocksHeight(head) + PAD / 2;
  const keyHeight = layKey(ctx, text.key, width, 0, false);
  const height = headHeight + mapHeight + PAD / 2 + keyHeight + PAD / 2 + blocksHeight(foot) + PAD;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  drawBlocks(ctx, head, PAD);
  ctx.fillStyle = getComputedStyle(mapElement).backgroundColor || '#ffffff';
  ctx.fillRect(0, headHeight, width, mapHeight);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, headHeight, width, mapHeight);
  ctx.clip();
  for (const layer of layersInOrder(mapElement)) {
    const box = layer.getBoundingClientRect();
    if (!box.width || !box.height || !layer.width || !layer.height) continue;
    // The links behind a focus are faded with CSS opacity; the picture fades them the same.
    ctx.globalAlpha = Number(getComputedStyle(layer).opacity || '1');
    ctx.drawImage(layer, box.left - frame.left, headHeight + box.top - frame.top, box.width, box.height);
  }
  ctx.restore();
  const keyTop = headHeight + mapHeight + PAD / 2;
  layKey(ctx, text.key, width, keyTop, true);
  drawBlocks(ctx, foot, keyTop + keyHeight + PAD / 2);
  return canvas;
}

/** Save the picture as a PNG file named `fileName`. */
export function downloadPicture(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('no image'));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // After the click has started the download.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      resolve();
    }, 'image/png');
  });
}

/** The picture of a view: its caption worded in the page's language, over the map as drawn now. */
export function viewPicture(mapElement: HTMLElement, view: { state: ViewState; data: AppData; shownCount: number; address: string }, tr: Translator, scale = 1): HTMLCanvasElement {
  const { state, data, shownCount, address } = view;
  return composePicture(mapElement, pictureText(viewCaption(state, data, shownCount), data, tr, address, state.services), scale);
}
