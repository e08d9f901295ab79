// The shapes of the risk register API (api/src/modules/risk/risk.schemas.ts is the truth).
import type {
  AccidentType,
  AssessmentMethod,
  CheckCycleUnit,
  ControlLevel,
  MeasureCategory,
  RiskColour,
} from '@shuangfang/db';

export type { AccidentType, AssessmentMethod, CheckCycleUnit, ControlLevel, MeasureCategory };

/** A vertex on the site plan, as fractions (0–1) of its width and height. */
export type Point = [number, number];

export interface RiskAssessment {
  id: string;
  method: AssessmentMethod;
  inputs: Record<string, number>;
  score: number;
  grade: RiskColour;
  assessedBy: string;
  assessedAt: string;
}

interface Row {
  id: string;
  sortOrder: number;
  archived: boolean;
}

export interface ControlMeasure extends Row {
  category: MeasureCategory;
  description: string;
  controlLevel: ControlLevel;
  responsiblePerson: string;
  checkContent: string;
  checkCycleUnit: CheckCycleUnit | null;
  checkCycleCount: number | null;
}

export interface EmergencyMeasure extends Row {
  steps: string;
  equipment: string;
  phone: string;
}

export interface RiskEvent extends Row {
  hazardFactor: string;
  accidentType: AccidentType;
  consequence: string;
  grade: RiskColour | null;
  controlLevel: ControlLevel | null;
  controlLevelReason: string | null;
  /** Set when a measure failed again within the configured window; cleared by an assessment. */
  reassessFlaggedAt: string | null;
  latestAssessment: RiskAssessment | null;
  measures: ControlMeasure[];
  emergencyMeasures: EmergencyMeasure[];
}

export interface RiskUnit extends Row {
  name: string;
  responsiblePerson: string;
  colour: RiskColour | null;
  events: RiskEvent[];
}

export interface RiskObject extends Row {
  name: string;
  kind: string;
  majorHazardCode: string | null;
  department: string;
  responsiblePerson: string;
  colour: RiskColour | null;
  polygon: Point[] | null;
  units: RiskUnit[];
}

export interface SitePlan {
  contentType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  byteSize: number;
  uploadedAt: string;
}

export interface RiskRegister {
  enterpriseId: string;
  riskLevel: RiskColour | null;
  sitePlan: SitePlan | null;
  objects: RiskObject[];
  /** The three lists' names, as the enterprise's jurisdiction configures them. */
  listNames: { risk: string; measure: string; emergency: string };
}

export interface RiskObjectInput {
  name: string;
  kind: string;
  majorHazardCode?: string | null;
  department: string;
  responsiblePerson: string;
}

export interface RiskEventInput {
  hazardFactor: string;
  accidentType: string;
  consequence: string;
}

export type AssessmentInput =
  { method: 'LEC'; l: number; e: number; c: number } | { method: 'LS'; l: number; s: number };

export interface ControlMeasureInput {
  category: MeasureCategory;
  description: string;
  controlLevel: ControlLevel;
  responsiblePerson: string;
  checkContent: string;
  checkCycleUnit: CheckCycleUnit | null;
  checkCycleCount: number | null;
}

export interface EmergencyMeasureInput {
  steps: string;
  equipment: string;
  phone: string;
}

/** 岗位: where people work, which risk units they work in, who works there. */
export interface Position {
  id: string;
  name: string;
  sortOrder: number;
  archived: boolean;
  units: { id: string; name: string; objectName: string }[];
  workers: { userId: string; displayName: string }[];
}

export interface PositionInput {
  name: string;
  unitIds: string[];
  workerUserIds: string[];
}

/** 岗位安全风险告知卡, generated live from the register. */
export interface BoardContent {
  positionName: string;
  grade: RiskColour | null;
  risks: {
    place: string;
    hazardFactor: string;
    accidentType: AccidentType;
    consequence: string;
    grade: RiskColour | null;
  }[];
  accidentTypes: AccidentType[];
  consequences: string[];
  measures: { category: MeasureCategory; description: string; controlLevel: ControlLevel }[];
  emergencyMeasures: { steps: string; equipment: string; phone: string }[];
  phones: string[];
  responsiblePersons: string[];
  /** Hazards not yet closed in the position's units. */
  openHazards: number;
}

export interface BoardLink {
  token: string;
  createdAt: string;
}

export interface Board extends BoardContent {
  link: BoardLink | null;
}

interface NamedItem {
  id: string;
  name: string;
}

/** What keeps 一图一牌三清单 from being complete (GET …/register-completeness). */
export interface Completeness {
  complete: boolean;
  empty: boolean;
  noPositions: boolean;
  missing: {
    sitePlan: boolean;
    objectsNotPlaced: NamedItem[];
    eventsNotAssessed: (NamedItem & { place: string })[];
    eventsWithoutMeasure: (NamedItem & { place: string })[];
    majorEventsWithoutEmergencyMeasure: (NamedItem & { place: string })[];
    positionsWithoutBoard: (NamedItem & { reason: 'no_units' | 'not_published' })[];
  };
}

export type ListKind = 'risk' | 'measures' | 'emergency';

/** The lists of the register a user can put in order (PUT …/risk-order). */
export type OrderList = 'objects' | 'units' | 'events' | 'measures' | 'emergencyMeasures';
