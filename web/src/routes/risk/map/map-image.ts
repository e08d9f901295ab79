import type { Point, RiskObject, SitePlan } from '$lib/api/types';
import { MAP_COLOURS } from '$lib/risk-vocabulary';
import type { RiskColour } from '@shuangfang/db/enums';

// 四色安全风险空间分布图 as a file to print: the same drawing as SitePlanMap.svelte (plan image,
// objects filled in their grade's colour with their names) plus the title, date and legend, drawn
// on a canvas in the browser. The geometry helpers are shared with the SVG so both look alike.

/** An object placed but not yet graded. */
const UNGRADED_FILL = '#98a2b3';
export const fillOf = (colour: RiskColour | null) => (colour ? MAP_COLOURS[colour] : UNGRADED_FILL);

/** Where an object's name goes: the mean of its vertices, as fractions of the plan. */
export function centreOf(points: Point[]): Point {
  const sum = points.reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

/** Label size in plan pixels: readable on a large plan without swamping a small one. */
export const labelSize = (width: number, height: number) => Math.max(width, height) / 45;

/** The legend's order: the most severe first. */
export const LEGEND_GRADES = ['red', 'orange', 'yellow', 'blue'] as const satisfies RiskColour[];

/** The objects drawn on the plan, each with its polygon as vertices [x, y]. */
export const placedObjects = (objects: RiskObject[]) =>
  objects.flatMap((o) =>
    o.polygon && o.polygon.length >= 3
      ? [{ ...o, polygon: o.polygon.map(([x = 0, y = 0]): Point => [x, y]) }]
      : [],
  );

export interface MapSheet {
  /** Enterprise name and map title, the sheet's heading. */
  title: string;
  /** e.g. "日期：2026-05-01". */
  dateLine: string;
  plan: SitePlan;
  /** Same-origin (/risk/site-plan?…), so the canvas is not tainted and can be exported. */
  imageUrl: string;
  objects: RiskObject[];
  legendTitle: string;
  legend: { colour: RiskColour; label: string }[];
}

const FONT =
  "system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
/** Plans narrower than this are scaled up, so an A3 print (≈400 mm) gets about 150 dpi. */
const MIN_WIDTH = 2400;

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

export async function drawMapSheet(sheet: MapSheet): Promise<HTMLCanvasElement> {
  const image = await loadImage(sheet.imageUrl);
  const scale = Math.max(1, MIN_WIDTH / sheet.plan.width);
  const w = Math.round(sheet.plan.width * scale);
  const h = Math.round(sheet.plan.height * scale);
  // Margins and text scale with the sheet, so the proportions hold for any plan size.
  const unit = w / 100;
  const margin = 2 * unit;
  const titleSize = 2.4 * unit;
  const textSize = 1.4 * unit;
  const top = margin + titleSize * 1.3 + textSize * 1.6;
  const legendTop = top + h + 1.2 * unit;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w + 2 * margin);
  canvas.height = Math.round(legendTop + textSize * 1.6 + margin);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  ctx.textBaseline = 'top';
  ctx.fillStyle = '#111';
  ctx.font = `700 ${titleSize}px ${FONT}`;
  ctx.fillText(sheet.title, margin, margin);
  ctx.fillStyle = '#555';
  ctx.font = `${textSize}px ${FONT}`;
  ctx.fillText(sheet.dateLine, margin, margin + titleSize * 1.3);

  ctx.drawImage(image, margin, top, w, h);
  ctx.strokeStyle = '#d0d5dd';
  ctx.lineWidth = Math.max(1, unit / 10);
  ctx.strokeRect(margin, top, w, h);

  const label = labelSize(w, h);
  const at = ([x, y]: Point): Point => [margin + x * w, top + y * h];
  const placed = placedObjects(sheet.objects);
  for (const object of placed) {
    const points = object.polygon.map(at);
    const fill = fillOf(object.colour);
    ctx.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.globalAlpha = 0.45;
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = fill;
    ctx.lineWidth = label / 6;
    ctx.stroke();
  }
  // Names after every polygon, so a neighbour's fill never covers one; white halo as in the SVG.
  ctx.font = `700 ${label}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const object of placed) {
    const [x, y] = at(centreOf(object.polygon));
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = label * 0.3;
    ctx.strokeText(object.name, x, y);
    ctx.fillStyle = '#111';
    ctx.fillText(object.name, x, y);
  }

  ctx.textAlign = 'left';
  ctx.font = `${textSize}px ${FONT}`;
  ctx.fillStyle = '#111';
  const middle = legendTop + textSize * 0.8;
  let x = margin;
  ctx.fillText(`${sheet.legendTitle}：`, x, middle);
  x += ctx.measureText(`${sheet.legendTitle}：`).width + unit;
  for (const entry of sheet.legend) {
    ctx.fillStyle = MAP_COLOURS[entry.colour];
    ctx.fillRect(x, middle - textSize * 0.45, textSize * 1.6, textSize * 0.9);
    ctx.strokeStyle = 'rgb(0 0 0 / 0.25)';
    ctx.lineWidth = Math.max(1, unit / 10);
    ctx.strokeRect(x, middle - textSize * 0.45, textSize * 1.6, textSize * 0.9);
    x += textSize * 2;
    ctx.fillStyle = '#111';
    ctx.fillText(entry.label, x, middle);
    x += ctx.measureText(entry.label).width + 2 * unit;
  }
  return canvas;
}

export async function mapPng(sheet: MapSheet): Promise<Blob> {
  const canvas = await drawMapSheet(sheet);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

/** A3 landscape with the sheet fitted inside 10 mm margins and centred. */
export async function mapPdf(sheet: MapSheet): Promise<Blob> {
  // jsPDF is large and only needed here: fetched when someone asks for a PDF.
  const [canvas, { jsPDF }] = await Promise.all([drawMapSheet(sheet), import('jspdf')]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3' });
  pdf.setProperties({ title: sheet.title });
  const [pageW, pageH, margin] = [420, 297, 10];
  const fit = Math.min((pageW - 2 * margin) / canvas.width, (pageH - 2 * margin) / canvas.height);
  const [imgW, imgH] = [canvas.width * fit, canvas.height * fit];
  // JPEG is embedded as it is; a PNG would be re-encoded by jsPDF in script, slowly. The
  // drawing is raster either way, which also keeps the Chinese text without embedding a font.
  pdf.addImage(
    canvas.toDataURL('image/jpeg', 0.92),
    'JPEG',
    (pageW - imgW) / 2,
    (pageH - imgH) / 2,
    imgW,
    imgH,
  );
  return pdf.output('blob');
}

/** Hands a generated file to the browser's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading the blob after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
