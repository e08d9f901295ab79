import { makePng } from '../support/images.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHomeBlacklistEntry } from '../support/blacklist.js';
import { TEST_PASSWORD } from '../support/factories.js';
import { snapshot } from '../support/db-snapshot.js';
import { hazardBody, inDays, makeExtension, makeHazard, planBody } from '../support/hazards.js';
import {
  emergencyBody,
  eventBody,
  LEC_FOR,
  makeRiskChain,
  measureBody,
  objectBody,
  unitBody,
  type RiskChain,
} from '../support/risk.js';
import type { Reply } from '../support/test-app.js';
import { makeStandardizationRows } from '../support/standardization.js';
import { setupTestApp, type TestApp } from '../support/test-app.js';
import { makeWorld, type World } from '../support/world.js';
import { makeSupervision, superviseBody } from '../support/supervision.js';
import { fileForm, IMPORT_HEADERS, importRow, readXlsx, xlsxBuffer } from '../support/xlsx.js';
import { makeTipoff } from '../support/tipoffs.js';
import { itemBody, itemOf, standardBody } from '../support/criteria.js';
import {
  INSPECTION_BODIES,
  inspectionPath,
  INSPECTION_ROUTES,
  makeHomeInspections,
  type HomeInspections,
} from '../support/inspections.js';
import {
  CHEMICAL_BODIES,
  CHEMICAL_ROUTES,
  chemicalPath,
  makeHomeChemicals,
  type HomeChemicals,
} from '../support/chemicals.js';

// The authorization matrix: every operation of the OpenAPI document, called against a resource
// of home1 / the home county (石城县), as
//   (a) no session                       → 401
//   (b) another enterprise's admin        → 403/404 (neighbour1Admin)
//   (c) the neighbouring county's admin   → 403/404 (neighbourAdmin)
//   (d) roles below the one required      → 403/404
// A refused write must leave every table exactly as it was. A route missing from `ROUTES`
// fails the first test, so a new endpoint cannot ship without its row here.

type UserKey = keyof World['users'];
type Caller = UserKey | 'anonymous';
/** What a caller must get: one of these statuses, or a 200 that reveals nothing of home. */
type Outcome = number[] | 'hides-home' | { allowed: string } | { created: string };

interface RouteCase {
  /** Why the route needs no session (then only "does not fail" is checked). */
  public?: string;
  /** Why (b)–(d) do not apply: the route acts on the caller's own account only. */
  self?: string;
  body?: (caller: Caller) => unknown;
  neighbour1Admin?: Outcome;
  neighbourAdmin?: Outcome;
  below?: UserKey[];
}

const REFUSED = [403, 404];
const FORBIDDEN = [403];
const NOT_FOUND = [404];
/** Enterprise staff of world.ts are named after their enterprise: home1Admin, neighbour1Admin… */
const isEnterpriseStaff = (caller: Caller) => /^(home|neighbour)\d/.test(caller);
const ENTERPRISE_WRITERS_BELOW: UserKey[] = [
  'homeInspector',
  'home1Admin',
  'home1Safety',
  'home1Worker',
];

/** Changes to home1 itself: only the registrar of the home county (or above) may make them. */
const EDIT_HOME1: RouteCase = {
  neighbour1Admin: FORBIDDEN,
  neighbourAdmin: NOT_FOUND,
  below: ENTERPRISE_WRITERS_BELOW,
};
/** The account actions on home1's worker: only home1's admin manages that account. */
const MANAGE_HOME1_WORKER: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: ['homeInspector', 'home1Safety', 'home1Worker'],
};

/** home1's reminder channels and deliveries: home1's 主要负责人 only (the home agency's admin has its own). */
const MANAGE_HOME1_CHANNEL: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: [
    'platformAdmin',
    'homeAdmin',
    'homeInspector',
    'home1Safety',
    'home1Worker',
    'home2Admin',
  ],
};

/** home1's risk register: read by its people and regulators, written by its managers only. */
const READ_HOME1_REGISTER: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: ['platformAdmin', 'farAdmin', 'home2Admin'],
};
/** A write to it: regulators may not write any register (403 by role, before any lookup). */
const writeHome1Register = (body?: () => unknown): RouteCase => ({
  body,
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: FORBIDDEN,
  below: ['homeAdmin', 'homeInspector', 'home1Worker', 'home1Congress', 'home2Admin'],
});
const REGISTER = '/v1/enterprises/{enterpriseId}';

/** home1's hazards: read by its managers and the regulators above (a worker: own reports only). */
const READ_HOME1_HAZARDS: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Congress'],
};

/** home1's reports are drafted, edited and submitted by its 主要负责人 only. */
const WRITE_HOME1_REPORTS: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: FORBIDDEN,
  below: [
    'platformAdmin',
    'homeAdmin',
    'home1Safety',
    'home1Congress',
    'home1Worker',
    'home2Admin',
  ],
};
/** The 台账 of home1: its managers and the regulators above; not workers or congress reps. */
const READ_HOME1_LEDGER: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Congress', 'home1Worker'],
};
/** A regulator's subtree of hazards: a neighbour sees its own county only; no enterprise role. */
const READ_SUBTREE_HAZARDS: RouteCase = {
  neighbour1Admin: FORBIDDEN,
  neighbourAdmin: 'hides-home',
  below: ['platformAdmin', 'home1Admin', 'home1Safety', 'home1Worker'],
};

/** home1's blacklist entries: its managers (once notified) and the regulators in scope. */
const READ_HOME1_BLACKLIST: RouteCase = {
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: NOT_FOUND,
  below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Worker', 'home1Congress'],
};
/** An agency's move: the proposing agency (the city) or one above it only. */
const MOVE_HOME1_BLACKLIST = (body?: () => unknown): RouteCase => ({
  body,
  neighbour1Admin: FORBIDDEN,
  neighbourAdmin: NOT_FOUND,
  below: [
    'platformAdmin',
    'farAdmin',
    'homeAdmin',
    'homeInspector',
    'home1Admin',
    'home1Safety',
    'home1Worker',
    'home2Admin',
  ],
});
/** The enterprise's filings (陈述申辩, 信用修复): home1's 主要负责人 only. */
const FILE_HOME1_BLACKLIST = (body?: () => unknown): RouteCase => ({
  body,
  neighbour1Admin: NOT_FOUND,
  neighbourAdmin: FORBIDDEN,
  below: [
    'platformAdmin',
    'homeAdmin',
    'homeInspector',
    'home1Safety',
    'home1Worker',
    'home1Congress',
    'home2Admin',
  ],
});
/** The 判定标准 and check-item libraries are kept by platform admins only (403 to every other). */
const KEEP_LIBRARY = (body: () => unknown): RouteCase => ({
  body,
  neighbour1Admin: FORBIDDEN,
  neighbourAdmin: FORBIDDEN,
  below: ['provinceAdmin', 'homeAdmin', 'homeInspector', 'home1Admin', 'home1Safety'],
});
/** A tip-off about home1: the agencies over it only; never its enterprise's people. */
const TRIAGE_HOME1_TIPOFF: RouteCase = {
  neighbour1Admin: FORBIDDEN,
  neighbourAdmin: NOT_FOUND,
  below: ['platformAdmin', 'farAdmin', 'home1Admin', 'home1Safety', 'home1Worker', 'home1Congress'],
};

let t: TestApp;
let w: World;
let homeSheet: Buffer;
/** A chain of home1 (event graded red), whose ids fill the `{id}` of the register routes. */
let homeChain: RiskChain;
let homePositionId: string;
/** A hazard of home1 awaiting acceptance (submitted by home1Safety), and its pending extension. */
let homeHazardId: string;
let homeExtensionId: string;
/** A photo uploaded to home1. */
let homeUploadRef: string;
/** A report of home1, submitted (so that recipients reach it and drafts' 404 is not the reason). */
let homeReportId: string;
/** home1's standardization application (awaiting the city) and certificate (granted by it). */
let homeStandardization: Record<string, string>;
/** A blacklist entry of home1, notified, proposed by the city agency. */
let homeBlacklistId: string;
/** A tip-off about home1, with one photo (tipoffs). */
let homeTipoff: { id: string; photoId: string };
/** The home agency's 双随机 directory, plan, draw and inspections. */
let homeInspections: HomeInspections;
/** A 判定 item that applies to home1 (机械), and a check item of the library. */
let criterionItemId: string;
let checkItemId: string;
/** home1 as a 危化 enterprise: a 重大危险源, a run period, a permit, a commitment, a screen. */
let homeChemicals: HomeChemicals;
/** A webhook channel of home1 and a failed delivery of home1 through it (reminders). */
let homeChannelId: string;
let homeDeliveryId: string;

const ROUTES: Record<string, RouteCase> = {
  'GET /health': { public: 'probed by monitoring and load balancers, which hold no session' },
  'GET /health/live': {
    public: 'probed by process managers and load balancers, which hold no session',
  },
  'GET /health/ready': {
    public: 'probed by load balancers, which hold no session; tells nothing of any tenant',
  },
  'POST /v1/auth/login': {
    public: 'the way a session is obtained',
    body: () => ({ login: '13300000000', password: 'Wrong-passw0rd' }),
  },
  'POST /v1/auth/logout': {
    public: "ends the caller's own session if any; without one it changes nothing",
  },
  'GET /v1/auth/me': { self: "describes the caller's own account and memberships" },
  'POST /v1/auth/password': {
    self: "changes the caller's own password, proven by the current one",
    body: () => ({ currentPassword: 'Not-the-passw0rd', newPassword: 'Another-passw0rd1' }),
  },
  'POST /v1/auth/membership': {
    body: () => ({ membershipId: w.users.home1Worker.membershipId }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
  },
  'GET /v1/jurisdictions': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Worker'],
  },
  'POST /v1/jurisdictions': {
    body: () => ({ code: '360781', name: '瑞金市', level: 'county', parentCode: '360700' }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: FORBIDDEN,
    below: ['provinceAdmin', 'cityAdmin', 'homeAdmin', 'homeInspector', 'home1Admin'],
  },
  'GET /v1/jurisdictions/{code}/settings': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['home1Admin', 'home1Worker'],
  },
  'PUT /v1/jurisdictions/{code}/settings': {
    body: () => ({ blacklistStatementWorkingDays: 9 }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['homeInspector', 'home1Admin', 'home1Worker'],
  },
  'GET /v1/agencies': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Worker'],
  },
  'POST /v1/agencies': {
    body: () => ({ name: '越权设立的机构', jurisdictionCode: '360735' }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: FORBIDDEN,
    below: ['provinceAdmin', 'homeAdmin', 'homeInspector', 'home1Admin'],
  },
  'GET /v1/public/agencies': {
    public: 'the directory of agencies, the entry to their published pages (公示), is for everyone',
  },
  'GET /v1/users': {
    neighbour1Admin: 'hides-home',
    neighbourAdmin: 'hides-home',
    below: ['homeInspector', 'home1Safety', 'home1Worker'],
  },
  'POST /v1/users': {
    // Each caller asks for the account it could create, but in home1.
    body: (caller) => ({
      displayName: '越权账号',
      phone: '13711112222',
      role: isEnterpriseStaff(caller) ? 'worker' : 'enterprise_admin',
      enterpriseId: w.enterprises.home1.id,
    }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['homeInspector', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  'POST /v1/users/{id}/reset-password': MANAGE_HOME1_WORKER,
  'POST /v1/users/{id}/deactivate': MANAGE_HOME1_WORKER,
  'POST /v1/users/{id}/activate': MANAGE_HOME1_WORKER,
  'GET /v1/enterprises': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Worker'],
  },
  'GET /v1/enterprises/counts': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Worker'],
  },
  'GET /v1/enterprises/export.xlsx': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Worker'],
  },
  'GET /v1/enterprises/import-template.xlsx': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: {
      allowed: 'the same blank template for every registrar; it holds no tenant data',
    },
    below: ['homeInspector', 'home1Admin'],
  },
  'POST /v1/enterprises/import': {
    body: () => fileForm(homeSheet),
    neighbour1Admin: FORBIDDEN,
    // A registrar may import, but every row placed in the home county is refused (IMPORT_INVALID).
    neighbourAdmin: [422],
    below: ENTERPRISE_WRITERS_BELOW,
  },
  'GET /v1/enterprises/{id}': { neighbour1Admin: NOT_FOUND, neighbourAdmin: NOT_FOUND },
  // 一企一档: regulators of home1's subtree only; enterprise staff never, a neighbour 404.
  'GET /v1/enterprises/{id}/file': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['home1Admin', 'home1Safety', 'home1Worker', 'home1Congress', 'farAdmin'],
  },
  'POST /v1/enterprises': {
    body: () => ({
      creditCode: importRow()[0],
      name: '越权登记有限公司',
      industry: '机械',
      scale: '小型',
      address: '石城县',
      jurisdictionCode: '360735',
    }),
    neighbour1Admin: FORBIDDEN,
    // A registrar may register, but not in the home county: 422 naming jurisdictionCode.
    neighbourAdmin: [422],
    below: ENTERPRISE_WRITERS_BELOW,
  },
  'PATCH /v1/enterprises/{id}': { ...EDIT_HOME1, body: () => ({ name: '被改名的公司' }) },
  'POST /v1/enterprises/{id}/deactivate': EDIT_HOME1,
  'POST /v1/enterprises/{id}/activate': EDIT_HOME1,
  [`GET ${REGISTER}/risk-register`]: READ_HOME1_REGISTER,
  [`POST ${REGISTER}/risk-objects`]: writeHome1Register(() => objectBody()),
  [`PATCH ${REGISTER}/risk-objects/{id}`]: writeHome1Register(() => ({ name: '越权改名' })),
  [`POST ${REGISTER}/risk-objects/{id}/archive`]: writeHome1Register(),
  [`POST ${REGISTER}/risk-objects/{id}/units`]: writeHome1Register(() => unitBody()),
  [`PATCH ${REGISTER}/risk-units/{id}`]: writeHome1Register(() => ({ name: '越权改名' })),
  [`POST ${REGISTER}/risk-units/{id}/archive`]: writeHome1Register(),
  [`POST ${REGISTER}/risk-units/{id}/events`]: writeHome1Register(() => eventBody()),
  [`PATCH ${REGISTER}/risk-events/{id}`]: writeHome1Register(() => ({ consequence: '越权' })),
  [`POST ${REGISTER}/risk-events/{id}/archive`]: writeHome1Register(),
  [`PUT ${REGISTER}/risk-events/{id}/control-level`]: writeHome1Register(() => ({
    controlLevel: '岗位级',
    reason: '越权调整',
  })),
  [`POST ${REGISTER}/risk-events/{id}/assessments`]: writeHome1Register(() => LEC_FOR.blue),
  [`GET ${REGISTER}/risk-events/{id}/assessments`]: READ_HOME1_REGISTER,
  // A real reorder of home1's units: had a refused caller got through, updated_at would differ.
  [`PUT ${REGISTER}/risk-order`]: writeHome1Register(() => ({
    list: 'units',
    parentId: homeChain.objectId,
    ids: [homeChain.unitId],
  })),
  [`POST ${REGISTER}/risk-events/{id}/measures`]: writeHome1Register(() => measureBody()),
  [`PATCH ${REGISTER}/control-measures/{id}`]: writeHome1Register(() => ({ description: '越权' })),
  [`POST ${REGISTER}/control-measures/{id}/archive`]: writeHome1Register(),
  [`POST ${REGISTER}/risk-events/{id}/emergency-measures`]: writeHome1Register(() =>
    emergencyBody(),
  ),
  [`PATCH ${REGISTER}/emergency-measures/{id}`]: writeHome1Register(() => ({ phone: '110' })),
  [`POST ${REGISTER}/emergency-measures/{id}/archive`]: writeHome1Register(),
  [`GET ${REGISTER}/positions`]: READ_HOME1_REGISTER,
  [`POST ${REGISTER}/positions`]: writeHome1Register(() => ({ name: '越权岗位' })),
  [`PATCH ${REGISTER}/positions/{id}`]: writeHome1Register(() => ({ name: '越权改名' })),
  [`POST ${REGISTER}/positions/{id}/archive`]: writeHome1Register(),
  [`GET ${REGISTER}/positions/{id}/board`]: READ_HOME1_REGISTER,
  [`POST ${REGISTER}/positions/{id}/board-link`]: writeHome1Register(),
  [`POST ${REGISTER}/positions/{id}/board-link/revoke`]: writeHome1Register(),
  'GET /v1/public/boards/{token}': {
    public: 'the page behind a posted board’s QR code; an unguessable, revocable token is the key',
  },
  [`GET ${REGISTER}/register-completeness`]: READ_HOME1_REGISTER,
  [`GET ${REGISTER}/lists/{kind}`]: READ_HOME1_REGISTER,
  [`GET ${REGISTER}/site-plan`]: READ_HOME1_REGISTER,
  [`PUT ${REGISTER}/site-plan`]: writeHome1Register(() => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(makePng(4, 4))], 'plan.png'));
    return form;
  }),
  [`PUT ${REGISTER}/risk-objects/{id}/polygon`]: writeHome1Register(() => ({
    points: [
      [0.1, 0.1],
      [0.2, 0.1],
      [0.2, 0.2],
    ],
  })),
  [`POST ${REGISTER}/hazards`]: {
    body: () => hazardBody({ grade: '一般', deadline: inDays(5) }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Congress'],
  },
  [`GET ${REGISTER}/hazards`]: READ_HOME1_HAZARDS,
  [`GET ${REGISTER}/hazards/{id}`]: {
    ...READ_HOME1_HAZARDS,
    below: [...READ_HOME1_HAZARDS.below!, 'home1Worker'],
  },
  // Accepting: not by a worker, a congress rep, a regulator that did not find it, nor by the
  // safety manager who submitted the rectification.
  [`POST ${REGISTER}/hazards/{id}/moves`]: {
    body: () => ({ action: 'accept' }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: [
      'platformAdmin',
      'farAdmin',
      'home2Admin',
      'home1Congress',
      'home1Worker',
      'homeInspector',
      'home1Safety',
    ],
  },
  [`POST ${REGISTER}/hazards/{id}/extensions`]: {
    body: () => ({ requestedDeadline: inDays(30), reason: '越权申请' }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: FORBIDDEN,
    below: [
      'platformAdmin',
      'farAdmin',
      'home2Admin',
      'home1Congress',
      'home1Worker',
      'homeInspector',
    ],
  },
  [`POST ${REGISTER}/hazards/{id}/extensions/{extensionId}/decision`]: {
    body: () => ({ decision: 'approved' }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: [
      'platformAdmin',
      'farAdmin',
      'home2Admin',
      'home1Congress',
      'home1Worker',
      'home1Safety',
      'homeInspector',
    ],
  },
  // Editing a plan: the enterprise's managers only; regulators are refused by role.
  [`PUT ${REGISTER}/hazards/{id}/plan`]: {
    body: () => ({ plan: planBody(), reason: '越权修改' }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: FORBIDDEN,
    below: [
      'platformAdmin',
      'farAdmin',
      'homeInspector',
      'home2Admin',
      'home1Congress',
      'home1Worker',
    ],
  },
  [`GET ${REGISTER}/people`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: FORBIDDEN,
    below: ['platformAdmin', 'homeInspector', 'home2Admin', 'home1Congress', 'home1Worker'],
  },
  'GET /v1/hazards': READ_SUBTREE_HAZARDS,
  [`GET ${REGISTER}/hazard-ledger`]: READ_HOME1_LEDGER,
  [`GET ${REGISTER}/hazard-ledger.xlsx`]: READ_HOME1_LEDGER,
  'GET /v1/hazard-ledger': READ_SUBTREE_HAZARDS,
  'GET /v1/hazard-ledger.xlsx': READ_SUBTREE_HAZARDS,
  'GET /v1/notifications': {
    self: "the caller's own to-do list, each source narrowed to the caller's own scope",
  },
  [`GET ${REGISTER}/hazard-chain/verify`]: {
    ...READ_HOME1_HAZARDS,
    below: [...READ_HOME1_HAZARDS.below!, 'home1Worker'],
  },
  // Photos: taken by home1's people and the regulators above; read by them and its congress.
  [`POST ${REGISTER}/uploads`]: {
    body: () => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(makePng(2, 2))], 'photo.png'));
      return form;
    },
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Congress'],
  },
  [`GET ${REGISTER}/uploads/{ref}`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin'],
  },
  // Check tasks: home1's own people; the history also the regulators above.
  [`GET ${REGISTER}/check-tasks`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: FORBIDDEN,
    below: ['platformAdmin', 'homeAdmin', 'homeInspector', 'home1Congress', 'home2Admin'],
  },
  [`GET ${REGISTER}/check-records`]: READ_HOME1_HAZARDS,
  // The workbench: home1's people (their to-dos) and the regulators above (its figures).
  [`GET ${REGISTER}/workbench`]: READ_HOME1_HAZARDS,
  // A measure the worker is not assigned to: recording it is refused to the worker as well.
  [`POST ${REGISTER}/check-records`]: {
    body: () => ({ measureId: homeChain.measureId, result: 'ok' }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: FORBIDDEN,
    below: [
      'platformAdmin',
      'homeAdmin',
      'homeInspector',
      'home1Congress',
      'home1Worker',
      'home2Admin',
    ],
  },
  // 双报告: managers and both recipients read; the 主要负责人 writes; the recipients sign.
  'GET /v1/reports': {
    neighbour1Admin: 'hides-home',
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'home1Worker'],
  },
  'GET /v1/reports/periodic': {
    neighbour1Admin: 'hides-home',
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'home1Worker'],
  },
  [`POST ${REGISTER}/reports`]: {
    body: () => ({ kind: 'quarterly', period: '2025Q1' }),
    ...WRITE_HOME1_REPORTS,
  },
  [`GET ${REGISTER}/reports/{id}`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Worker'],
  },
  [`GET ${REGISTER}/reports/{id}/report.pdf`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin', 'home1Worker'],
  },
  [`PATCH ${REGISTER}/reports/{id}`]: {
    body: () => ({ treatmentPlan: '越权修改' }),
    ...WRITE_HOME1_REPORTS,
  },
  [`POST ${REGISTER}/reports/{id}/submit`]: WRITE_HOME1_REPORTS,
  // Signing: only the addressed agency (not the city above it) and home1's congress.
  [`POST ${REGISTER}/reports/{id}/acknowledgements`]: {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: [
      'platformAdmin',
      'farAdmin',
      'cityAdmin',
      'home1Admin',
      'home1Safety',
      'home1Worker',
      'home2Admin',
    ],
  },
  [`GET ${REGISTER}/notice-board`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin'],
  },
  // dashboard: the caller's own jurisdiction by default (a neighbour sees its own county only);
  // enterprise roles never. Naming another subtree's code is a 404 (tests/api/dashboard.test.ts).
  'GET /v1/dashboard': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  'GET /v1/dashboard/hazard-trend': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  // ── supervision (挂牌督办) and settings changes ──────────────────────────────────────────
  // Listing and unlisting by agencies whose subtree holds home1; the list is the subtree's (a
  // home1 supervision exists, see makeSupervision); the public page names no one.
  [`POST ${REGISTER}/hazards/{id}/supervision`]: {
    body: () => superviseBody(),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home1Admin', 'home1Safety', 'home1Worker', 'home2Admin'],
  },
  [`POST ${REGISTER}/hazards/{id}/supervision/unlist`]: {
    body: () => ({}),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home1Admin', 'home1Safety', 'home1Worker', 'home2Admin'],
  },
  'GET /v1/supervisions': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'home1Admin', 'home1Safety', 'home1Worker'],
  },
  // 严重失信主体名单 (blacklist module). home1's entry was proposed by the city agency: the home
  // county's agency below it reads but may not move it; the enterprise files its statement.
  'GET /v1/public/blacklist': {
    public: 'the blacklist is published by law (应急管理部令第11号): anyone may query it',
  },
  'GET /v1/blacklist': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'home1Admin', 'home1Safety', 'home1Worker'],
  },
  'GET /v1/public/agencies/{agencyId}/supervisions': {
    public: '挂牌督办 is published on the agency’s public page (enterprise, hazard summary, dates)',
  },
  'GET /v1/jurisdictions/{code}/settings/changes': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['home1Admin', 'home1Worker'],
  },
  // 安全生产标准化 (standardization module): home1's people and regulators above read; its
  // 主要负责人 applies; only the grading agency (the city for 三级) or above acts on it.
  [`GET ${REGISTER}/standardization`]: {
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'farAdmin', 'home2Admin'],
  },
  [`POST ${REGISTER}/standardization/applications`]: {
    body: () => ({
      level: '三级',
      selfScore: 70,
      materials: [{ name: 'photo.png', ref: homeUploadRef }],
    }),
    neighbour1Admin: NOT_FOUND,
    neighbourAdmin: FORBIDDEN,
    below: [
      'platformAdmin',
      'homeAdmin',
      'homeInspector',
      'home1Safety',
      'home1Worker',
      'home1Congress',
      'home2Admin',
    ],
  },
  [`POST ${REGISTER}/standardization/applications/{id}/moves`]: {
    body: () => ({ action: 'publicize' }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: [
      'platformAdmin',
      'provinceAdmin',
      'homeAdmin',
      'homeInspector',
      'home1Admin',
      'farAdmin',
    ],
  },
  [`POST ${REGISTER}/standardization/certificates/{id}/moves`]: {
    body: () => ({ action: 'revoke', reason: '死亡事故' }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: ['platformAdmin', 'homeAdmin', 'homeInspector', 'home1Admin', 'farAdmin'],
  },
  'GET /v1/standardization/applications': READ_SUBTREE_HAZARDS,
  'GET /v1/standardization/certificates': READ_SUBTREE_HAZARDS,
  'GET /v1/public/standardization': {
    public: 'the public query of current standardization levels (docs/domain.md section 4)',
  },
  'GET /v1/public/standardization/publicity': {
    public: 'the 公示 of standardization applications, open to anyone (docs/domain.md section 4)',
  },
  [`GET ${REGISTER}/blacklist`]: READ_HOME1_BLACKLIST,
  [`GET ${REGISTER}/blacklist/{id}`]: READ_HOME1_BLACKLIST,
  [`POST ${REGISTER}/blacklist`]: {
    body: () => ({ penaltyDecisionNumber: '越权', reason: '越权', legalBasis: '越权' }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: NOT_FOUND,
    below: [
      'platformAdmin',
      'farAdmin',
      'homeInspector',
      'home1Admin',
      'home1Safety',
      'home1Worker',
    ],
  },
  [`POST ${REGISTER}/blacklist/{id}/notify`]: MOVE_HOME1_BLACKLIST(),
  [`POST ${REGISTER}/blacklist/{id}/list`]: MOVE_HOME1_BLACKLIST(() => ({
    decisionNumber: '越权',
  })),
  [`POST ${REGISTER}/blacklist/{id}/withdraw`]: MOVE_HOME1_BLACKLIST(() => ({ reason: '越权' })),
  [`POST ${REGISTER}/blacklist/{id}/repair-decision`]: MOVE_HOME1_BLACKLIST(() => ({
    decision: 'approve',
    note: '越权',
  })),
  [`POST ${REGISTER}/blacklist/{id}/revoke-removal`]: MOVE_HOME1_BLACKLIST(() => ({
    reason: '越权',
  })),
  [`POST ${REGISTER}/blacklist/{id}/statement`]: FILE_HOME1_BLACKLIST(() => ({
    statement: '越权',
  })),
  [`POST ${REGISTER}/blacklist/{id}/repair`]: FILE_HOME1_BLACKLIST(() => ({ reason: '越权' })),
  // ——— tipoffs (隐患举报): filed by anyone; triaged by the agencies over the enterprise only ———
  'GET /v1/public/enterprises': {
    public: 'the tip-off form finds the enterprise for a citizen: id, name and jurisdiction only',
  },
  'POST /v1/public/tipoffs': {
    public: 'anyone may report a hazard, anonymously if they wish; rate-limited per address',
  },
  'GET /v1/public/tipoffs/{receiptCode}': {
    public: 'the reporter follows the tip-off with the unguessable receipt code it was given',
  },
  'GET /v1/tipoffs': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'home1Admin', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  'GET /v1/tipoffs/{tipoffId}': TRIAGE_HOME1_TIPOFF,
  'POST /v1/tipoffs/{tipoffId}/moves': {
    ...TRIAGE_HOME1_TIPOFF,
    body: () => ({ action: 'reject', reason: '越权处理' }),
  },
  'GET /v1/tipoffs/{tipoffId}/photos/{photoId}': TRIAGE_HOME1_TIPOFF,
  // 双随机一公开 (support/inspections.ts): the home agency's own records only.
  ...INSPECTION_ROUTES,
  // ——— 重大事故隐患判定标准 and the check-item library: read by anyone, kept by platform admins ———
  'GET /v1/public/criteria/standards': {
    public: 'the statutory 判定标准 are public law: anyone may read',
  },
  'GET /v1/public/criteria/standards/{code}': { public: 'one standard and its items, public law' },
  'GET /v1/public/criteria/items': { public: 'searching the 判定 items, public law' },
  'GET /v1/public/criteria/items/{criterionItemId}': { public: 'one 判定 item and its versions' },
  'GET /v1/public/check-items': { public: 'the check-item library: legal bases, no tenant data' },
  'POST /v1/criteria/standards': KEEP_LIBRARY(() => standardBody({ code: 'iso-test-2026' })),
  'PATCH /v1/criteria/standards/{code}': KEEP_LIBRARY(() => ({ note: '越权修改' })),
  'POST /v1/criteria/standards/{code}/retire': KEEP_LIBRARY(() => ({
    retiredFrom: '2030-01-01',
    reason: '越权废止',
  })),
  'POST /v1/criteria/standards/{code}/items': KEEP_LIBRARY(() => itemBody()),
  'PUT /v1/criteria/items/{criterionItemId}': KEEP_LIBRARY(() => ({
    ...itemBody(),
    changeReason: '越权修改',
  })),
  'POST /v1/check-items': KEEP_LIBRARY(() => ({ content: '越权检查项', basis: '越权' })),
  'PATCH /v1/check-items/{checkItemId}': KEEP_LIBRARY(() => ({ archived: true })),
  // The hazard form's search of home1: its people and the regulators above, as its hazards.
  [`GET ${REGISTER}/criteria-items`]: READ_HOME1_HAZARDS,
  // What home1's measure adopted: read with its register, adopted by its managers only.
  [`GET ${REGISTER}/control-measures/{id}/check-items`]: READ_HOME1_REGISTER,
  [`POST ${REGISTER}/control-measures/{id}/check-items`]: writeHome1Register(() => ({
    criterionItemId,
  })),
  // 重大隐患 by 判定 item: the subtree's (a linked 重大 hazard of home1 exists, see beforeAll).
  'GET /v1/criteria/major-hazards': {
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: 'hides-home',
    below: ['home1Admin', 'home1Safety', 'home1Worker'],
  },
  // Into the caller's own agency's catalogue: the neighbour makes its own, learning nothing.
  'POST /v1/inspection-items/from-library': {
    body: () => ({ criterionItemId }),
    neighbour1Admin: FORBIDDEN,
    neighbourAdmin: { created: "an item of the caller's own agency's catalogue" },
    below: ['platformAdmin', 'homeInspector', 'home1Admin'],
  },
  // 危险化学品 duties (support/chemicals.ts): home1's records only.
  ...CHEMICAL_ROUTES,
  // Reminders: a person's own settings; an organisation's channels and delivery log, its admin's.
  'GET /v1/me/notification-preferences': {
    self: "the caller's own reminder settings, for the membership the session acts as",
  },
  'PUT /v1/me/notification-preferences': {
    self: "changes the caller's own reminder settings only",
    body: () => ({
      email: 'someone@example.cn',
      events: [],
      channels: ['email'],
      quietHours: null,
      digestHour: null,
    }),
  },
  'GET /v1/notification-channels': {
    neighbour1Admin: 'hides-home',
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'homeInspector', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  'POST /v1/notification-channels': {
    body: () => ({
      kind: 'webhook',
      name: '越权对接',
      url: 'https://example.cn/hook',
      secret: 'a-webhook-secret-0123456789',
    }),
    neighbour1Admin: { created: "a channel of the caller's own enterprise, never home1's" },
    neighbourAdmin: { created: "a channel of the caller's own agency, never the home county's" },
    below: ['platformAdmin', 'homeInspector', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  'PATCH /v1/notification-channels/{id}': {
    body: () => ({ name: '越权改名' }),
    ...MANAGE_HOME1_CHANNEL,
  },
  'POST /v1/notification-channels/{id}/archive': MANAGE_HOME1_CHANNEL,
  'POST /v1/notification-channels/{id}/test': MANAGE_HOME1_CHANNEL,
  'GET /v1/notification-deliveries': {
    neighbour1Admin: 'hides-home',
    neighbourAdmin: 'hides-home',
    below: ['platformAdmin', 'homeInspector', 'home1Safety', 'home1Worker', 'home1Congress'],
  },
  'GET /v1/notification-deliveries/{id}': MANAGE_HOME1_CHANNEL,
  'POST /v1/notification-deliveries/{id}/resend': MANAGE_HOME1_CHANNEL,
};

beforeAll(async () => {
  t = await setupTestApp();
  w = await makeWorld(t.db);
  homeSheet = await xlsxBuffer(IMPORT_HEADERS, [importRow()]);
  homeChain = await makeRiskChain(t.db, w.enterprises.home1.id, { grade: 'red' });
  ({ id: homePositionId } = await t.db
    .insertInto('position')
    .values({ enterprise_id: w.enterprises.home1.id, name: '本企业岗位', archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow());
  // The site plan exists, so that reading it is a 200 for those allowed.
  await t.db
    .insertInto('site_plan')
    .values({
      enterprise_id: w.enterprises.home1.id,
      content_type: 'image/png',
      width: 4,
      height: 4,
      byte_size: 4,
      data: new Uint8Array([1, 2, 3, 4]),
      uploaded_by: w.users.home1Safety.userId,
    })
    .execute();
  homeHazardId = await makeHazard(t.db, w.enterprises.home1.id, w.users.home1Safety.userId, {
    state: 'awaiting_acceptance',
    rectifierId: w.users.home1Safety.userId,
  });
  ({ id: homeUploadRef } = await t.db
    .insertInto('upload')
    .values({
      enterprise_id: w.enterprises.home1.id,
      name: 'photo.png',
      content_type: 'image/png',
      byte_size: 4,
      data: new Uint8Array([1, 2, 3, 4]),
      uploaded_by: w.users.home1Worker.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow());
  homeExtensionId = await makeExtension(
    t.db,
    w.enterprises.home1.id,
    homeHazardId,
    w.users.home1Safety.userId,
  );
  ({ id: homeReportId } = await t.db
    .insertInto('report')
    .values({
      enterprise_id: w.enterprises.home1.id,
      kind: 'annual',
      hazard_id: null,
      period: '2025',
      state: 'submitted',
      content: { title: '2025年度隐患排查治理情况年度统计报告' },
      content_hash: 'a'.repeat(64),
      agency_id: w.agencies.home,
      due_at: new Date('2026-01-31T15:59:59.999Z'),
      drafted_by: w.users.home1Admin.userId,
      drafted_at: new Date('2026-01-05T00:00:00Z'),
      submitted_by: w.users.home1Admin.userId,
      submitted_at: new Date('2026-01-06T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow());
  homeStandardization = await makeStandardizationRows(
    t.db,
    w.enterprises.home1.id,
    w.agencies.city,
    w.users.home1Admin.userId,
  );
  homeBlacklistId = await makeHomeBlacklistEntry(t.db, w);
  homeTipoff = await makeTipoff(t.db, w.enterprises.home1.id);
  ({ id: criterionItemId } = await itemOf(t.api, 'gongmao-2023', '第三条（一）'));
  ({ id: checkItemId } = await t.db
    .insertInto('check_item')
    .values({
      content: '库中检查项',
      basis: '依据',
      method: '查阅资料',
      industries: [],
      archived_at: null,
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow());
  // A 重大 hazard of home1 linked to that item, for the regulators' view by item to hide.
  const linked = await makeHazard(t.db, w.enterprises.home1.id, w.users.home1Safety.userId, {
    state: 'rectifying',
    grade: '重大',
  });
  await t.db
    .updateTable('hazard')
    .set({ criteria_item_id: criterionItemId, criteria_item_version: 1, criteria_origin: 'manual' })
    .where('enterprise_id', '=', w.enterprises.home1.id)
    .where('id', '=', linked)
    .execute();
  homeInspections = await makeHomeInspections(t.api, w);
  homeChemicals = await makeHomeChemicals(t, w);
  ({ id: homeChannelId } = await t.db
    .insertInto('notification_channel')
    .values({
      enterprise_id: w.enterprises.home1.id,
      agency_id: null,
      kind: 'webhook',
      name: '石城甲公司 OA',
      url_encrypted: 'v1.sealed.elsewhere.x',
      url_preview: 'https://oa.example.cn/hook',
      secret_encrypted: null,
      kinds: ['hazard_overdue'],
      enabled: true,
      created_by: w.users.home1Admin.userId,
      archived_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow());
  ({ id: homeDeliveryId } = await t.db
    .insertInto('notification_delivery')
    .values({
      enterprise_id: w.enterprises.home1.id,
      agency_id: null,
      event_enterprise_id: null,
      outbox_id: null,
      kind: 'hazard_overdue',
      channel: 'webhook',
      channel_id: homeChannelId,
      recipient_user_id: null,
      content: { title: `已逾期：石城甲公司 ${w.enterprises.home1.id}` },
      state: 'failed',
      next_attempt_at: new Date(),
      last_error: '对方返回 HTTP 400',
    })
    .returning('id')
    .executeTakeFirstOrThrow());
});
afterAll(() => t.drop());
// A supervision of home1 (on a hazard of its own), so the subtree list has home data to hide.
beforeAll(() =>
  makeSupervision(
    t.db,
    w.enterprises.home1.id,
    w.agencies.home,
    w.users.homeAdmin.userId,
    w.users.home1Safety.userId,
  ),
);

/** Which row of `homeChain` a register route's `{id}` names, by the segment before it. */
const CHAIN_IDS: Record<string, keyof RiskChain> = {
  'risk-objects': 'objectId',
  'risk-units': 'unitId',
  'risk-events': 'eventId',
  'control-measures': 'measureId',
  'emergency-measures': 'emergencyId',
};

/** `/api/v1/enterprises/{id}` → `/v1/enterprises/<home1>`: always a resource on the home side. */
function concretePath(path: string): string {
  const local = path.replace(/^\/api/, '');
  const chemical = chemicalPath(local, w, homeChemicals);
  if (chemical) return chemical;
  if (local.includes('{enterpriseId}')) {
    return local
      .replace('{enterpriseId}', w.enterprises.home1.id)
      .replace('{kind}', 'risk')
      .replace('{extensionId}', homeExtensionId)
      .replace('{ref}', homeUploadRef)
      .replace(/([a-z-]+)\/\{id\}/, (_, kind: string) => {
        const id =
          kind === 'positions'
            ? homePositionId
            : kind === 'hazards'
              ? homeHazardId
              : kind === 'reports'
                ? homeReportId
                : kind === 'blacklist'
                  ? homeBlacklistId
                  : (homeStandardization[kind] ?? (CHAIN_IDS[kind] && homeChain[CHAIN_IDS[kind]]));
        if (!id) throw new Error(`isolation.test.ts: no home1 row for {id} after ${kind}`);
        return `${kind}/${id}`;
      });
  }
  const inspection = inspectionPath(local, w, homeInspections);
  if (inspection) return inspection;
  if (local.startsWith('/v1/enterprises/')) return local.replace('{id}', w.enterprises.home1.id);
  if (local.startsWith('/v1/users/')) return local.replace('{id}', w.users.home1Worker.userId);
  if (local.startsWith('/v1/notification-channels/')) return local.replace('{id}', homeChannelId);
  if (local.startsWith('/v1/notification-deliveries/')) {
    return local.replace('{id}', homeDeliveryId);
  }
  if (local.startsWith('/v1/public/agencies/')) return local.replace('{agencyId}', w.agencies.home);
  if (/^\/v1\/(public\/)?criteria\/standards\//.test(local))
    return local.replace('{code}', 'gongmao-2023');
  if (local.includes('{criterionItemId}'))
    return local.replace('{criterionItemId}', criterionItemId);
  if (local.includes('{checkItemId}')) return local.replace('{checkItemId}', checkItemId);
  return local
    .replace('{code}', '360735')
    .replace('{tipoffId}', homeTipoff.id)
    .replace('{photoId}', homeTipoff.photoId);
}

function call(key: string, caller: Caller): Promise<Reply> {
  const [method, path] = key.split(' ') as [string, string];
  const body =
    ROUTES[key]!.body?.(caller) ??
    INSPECTION_BODIES[key]?.(homeInspections) ??
    CHEMICAL_BODIES[key]?.(homeChemicals, w);
  const cookie = caller === 'anonymous' ? undefined : w.users[caller].cookie;
  return t.api.request(method, concretePath(path), { body, cookie });
}

/** Everything that would identify the home county, its agency, enterprises or people. */
function homeMarkers(): string[] {
  const { home1, home2 } = w.enterprises;
  const people = Object.entries(w.users).filter(([key]) => key.startsWith('home'));
  return [
    home1.id,
    home1.creditCode,
    home2.id,
    home2.creditCode,
    w.agencies.home,
    '360735',
    '石城',
  ].concat(people.map(([, user]) => user.userId));
}

async function expectHidesHome(reply: Reply, label: string) {
  expect(reply.status, label).toBe(200);
  const text = Buffer.isBuffer(reply.body)
    ? (await readXlsx(reply.body)).flat().join('|')
    : JSON.stringify(reply.body);
  for (const marker of homeMarkers())
    expect(text, `${label} reveals ${marker}`).not.toContain(marker);
}

/** Calls and checks the status; for a write, also that no table changed. */
async function expectRefused(key: string, caller: Caller, statuses: number[]) {
  const write = !key.startsWith('GET ');
  const before = write ? await snapshot(t.db) : undefined;
  const reply = await call(key, caller);
  const label = `${key} as ${caller}`;
  expect(
    statuses,
    `${label} answered ${reply.status} ${JSON.stringify(reply.body?.error ?? '')}`,
  ).toContain(reply.status);
  if (write) expect(await snapshot(t.db), `${label} changed the database`).toEqual(before);
}

async function expectOutcome(key: string, caller: UserKey, outcome: Outcome) {
  if (outcome === 'hides-home')
    return expectHidesHome(await call(key, caller), `${key} as ${caller}`);
  if (Array.isArray(outcome)) return expectRefused(key, caller, outcome);
  if ('created' in outcome) {
    // Made in the caller's own agency: allowed, and it reveals nothing of home.
    expect(outcome.created.length).toBeGreaterThan(0);
    const reply = await call(key, caller);
    expect(reply.status, `${key} as ${caller}`).toBe(201);
    for (const marker of homeMarkers()) expect(JSON.stringify(reply.body)).not.toContain(marker);
    return;
  }
  expect(outcome.allowed.length).toBeGreaterThan(0); // a reason must be written down
  expect((await call(key, caller)).status).toBe(200);
}

describe('authorization matrix', () => {
  it('covers every operation of the OpenAPI document, and nothing else', async () => {
    const doc = (await t.api.get('/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      ['get', 'post', 'put', 'patch', 'delete']
        .filter((m) => m in item)
        .map((m) => `${m.toUpperCase()} ${path.replace(/^\/api/, '')}`),
    );
    expect(documented.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('keeps the world session cookies valid (else every check below would be a 401)', async () => {
    for (const user of Object.values(w.users))
      expect((await t.api.get('/v1/auth/me', user.cookie)).status).toBe(200);
  });

  it.each(Object.entries(ROUTES).filter(([, c]) => c.public))('%s is public', async (key, c) => {
    expect(c.public!.length).toBeGreaterThan(0);
    const reply = await call(key, 'anonymous');
    expect(reply.status).toBeLessThan(500);
    expect(reply.status).not.toBe(403);
  });

  it.each(Object.keys(ROUTES).filter((k) => !ROUTES[k]!.public))('%s', async (key) => {
    const c = ROUTES[key]!;
    await expectRefused(key, 'anonymous', [401]); // (a)
    if (c.self) return expect(c.self.length).toBeGreaterThan(0);
    expect(c.neighbour1Admin, `${key}: say what neighbour1Admin gets`).toBeDefined();
    expect(c.neighbourAdmin, `${key}: say what neighbourAdmin gets`).toBeDefined();
    await expectOutcome(key, 'neighbour1Admin', c.neighbour1Admin!); // (b)
    await expectOutcome(key, 'neighbourAdmin', c.neighbourAdmin!); // (c)
    for (const caller of c.below ?? []) await expectRefused(key, caller, REFUSED); // (d)
  });

  it('still lets the rightful callers in (the matrix is not refusing everyone)', async () => {
    const { homeAdmin, home1Admin, platformAdmin } = w.users;
    expect(
      (await t.api.get(`/v1/enterprises/${w.enterprises.home1.id}`, homeAdmin.cookie)).status,
    ).toBe(200);
    expect((await t.api.get('/v1/jurisdictions/360735/settings', homeAdmin.cookie)).status).toBe(
      200,
    );
    expect(
      (await t.api.get('/v1/users', home1Admin.cookie)).body.items.map((u: { id: string }) => u.id),
    ).toContain(w.users.home1Worker.userId);
    expect((await t.api.get('/v1/agencies', platformAdmin.cookie)).status).toBe(200);
    const register = `/v1/enterprises/${w.enterprises.home1.id}/risk-register`;
    for (const reader of [w.users.homeInspector, w.users.home1Worker])
      expect((await t.api.get(register, reader.cookie)).body.objects[0].id).toBe(
        homeChain.objectId,
      );
    expect(
      (
        await t.api.post(
          `/v1/enterprises/${w.enterprises.home1.id}/risk-events/${homeChain.eventId}/assessments`,
          LEC_FOR.blue,
          w.users.home1Safety.cookie,
        )
      ).status,
    ).toBe(201);
    expect(
      (await t.api.post('/v1/auth/login', { login: homeAdmin.phone, password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });
});
