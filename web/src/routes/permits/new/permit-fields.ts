import type { PermitType } from '@shuangfang/db/enums';
import type { Body } from '$lib/api/types';

// The type-specific fields of the application form (each type's own table of GB 30871-2022, as
// the API's ApplyWorkPermitBody takes them under `details`). The API validates them; this only
// says which inputs to draw and how to read them back.

export type DetailField =
  | { name: string; kind: 'text'; optional?: boolean }
  | { name: string; kind: 'number' }
  | { name: string; kind: 'bool' }
  | { name: string; kind: 'select'; options: readonly string[] }
  | { name: string; kind: 'multi'; options: readonly string[] };

type HeightFactor = NonNullable<
  Extract<Body<'workPermits.apply'>['details'], { heightM: number }>['objectiveFactors']
>[number];
/** 高处作业's objective hazard factors (GB 30871-2022 8.1.2): any one raises the level by one.
 *  Keyed by the API's own list, so a factor it adds fails the typecheck until drawn here. */
const HEIGHT_FACTORS: Record<HeightFactor, true> = {
  gust_wind: true,
  low_temperature: true,
  cold_water: true,
  slippery: true,
  poor_light: true,
  live_conductor: true,
  unstable_footing: true,
  toxic_or_low_oxygen: true,
  disaster_environment: true,
};

export const DETAIL_FIELDS: Record<PermitType, readonly DetailField[]> = {
  hot_work: [
    { name: 'level', kind: 'select', options: ['hot_special', 'hot_1', 'hot_2'] },
    { name: 'hotWorkMethod', kind: 'text' },
    { name: 'raisedReason', kind: 'text', optional: true },
    { name: 'oxygenEquipment', kind: 'bool' },
  ],
  confined_space: [
    { name: 'spaceName', kind: 'text' },
    { name: 'originalMedium', kind: 'text' },
    { name: 'oxygenEnriched', kind: 'bool' },
  ],
  blind_plate: [
    { name: 'operation', kind: 'select', options: ['insert', 'remove'] },
    { name: 'pipeline', kind: 'text' },
    { name: 'medium', kind: 'text' },
    { name: 'temperature', kind: 'text' },
    { name: 'pressure', kind: 'text' },
    { name: 'plateMaterial', kind: 'text' },
    { name: 'plateSpec', kind: 'text' },
    { name: 'plateNumber', kind: 'text' },
  ],
  work_at_height: [
    { name: 'heightM', kind: 'number' },
    { name: 'objectiveFactors', kind: 'multi', options: Object.keys(HEIGHT_FACTORS) },
  ],
  lifting: [
    { name: 'loadTonnes', kind: 'number' },
    { name: 'rigging', kind: 'text' },
    { name: 'load', kind: 'text' },
    { name: 'commander', kind: 'text' },
    { name: 'riggers', kind: 'text' },
  ],
  temporary_power: [
    { name: 'accessPoint', kind: 'text' },
    { name: 'permittedKw', kind: 'number' },
    { name: 'voltage', kind: 'text' },
    { name: 'powerEquipment', kind: 'text' },
    { name: 'electricianCertificate', kind: 'text' },
    { name: 'hazardousArea', kind: 'bool' },
  ],
  excavation: [
    { name: 'depthM', kind: 'number' },
    { name: 'workScope', kind: 'text' },
    { name: 'hazardousArea', kind: 'bool' },
  ],
  road_closure: [
    { name: 'closureReason', kind: 'text' },
    { name: 'relatedUnits', kind: 'text' },
  ],
};

/** What a refused form puts back in a field: a multiple choice as its values joined by commas. */
export const keptValue = (f: DetailField, form: FormData) =>
  f.kind === 'multi' ? form.getAll(f.name).map(String).join(',') : String(form.get(f.name) ?? '');

/** The `details` object of a submitted form. A number left empty or unreadable is sent as typed
 *  text, so the API names the field and its rule. */
export function readDetails(type: PermitType, form: FormData): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const f of DETAIL_FIELDS[type]) {
    const raw = form.get(f.name);
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (f.kind === 'bool') details[f.name] = text === 'on';
    else if (f.kind === 'multi') details[f.name] = form.getAll(f.name).map(String);
    else if (f.kind === 'number')
      details[f.name] = text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    else if (text !== '' || !('optional' in f && f.optional)) details[f.name] = text;
  }
  return details;
}

/** A `datetime-local` value (China time, as the form shows it) as an ISO instant. */
export const chinaInstant = (local: string) => (local ? `${local}:00+08:00` : '');

/** An instant as a `datetime-local` value in China time. */
export const chinaLocal = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(at)
    .replace(' ', 'T');
