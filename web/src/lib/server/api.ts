import { env } from '$env/dynamic/private';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type {
  Agency,
  Enterprise,
  EnterpriseFilter,
  EnterpriseInput,
  Issue,
  Jurisdiction,
  JurisdictionSettings,
  ManagedUser,
  Me,
  CountedPage,
  Page,
  Role,
} from '$lib/types';
import type {
  AssessmentInput,
  Board,
  BoardContent,
  BoardLink,
  Completeness,
  ControlLevel,
  ControlMeasureInput,
  EmergencyMeasureInput,
  ListKind,
  OrderList,
  Point,
  Position,
  PositionInput,
  RiskAssessment,
  RiskEventInput,
  RiskObjectInput,
  RiskRegister,
  SitePlan,
} from '$lib/risk-types';
import type { CheckRecord, CheckRecordInput, CheckTasks, UploadedPhoto } from '$lib/check-types';
import type { NoticeItem, Report, ReportDetail } from '$lib/report-types';
import type { Dashboard } from '$lib/dashboard-types';
import type {
  DrawVerification,
  Draw,
  Inspection,
  InspectionItem,
  Inspector,
  InspectorConflict,
  PlanDetail,
  PlanInput as InspectionPlanInput,
  PlanSummary,
  PublicResults,
  RecordInput,
} from '$lib/inspection-types';
import type {
  AppNotification,
  HazardDetail,
  HazardFilter,
  HazardInput,
  HazardWithEnterprise,
  Hazard,
  LedgerRow,
  PlanInput,
} from '$lib/hazard-types';
import type {
  PublicAgencySupervisions,
  SettingChange,
  SupervisionFilter,
  SupervisionInput,
  SupervisionListItem,
} from '$lib/supervision-types';
import type {
  EnterpriseStandardization,
  PublicCertificate,
  StandardizationApplication,
  StandardizationCertificate,
} from '$lib/standardization-types';

import type {
  BlacklistEntry,
  BlacklistEntryDetail,
  PublicBlacklistEntry,
} from '$lib/blacklist-types';
import type {
  PublicEnterprise,
  Tipoff,
  TipoffDetail,
  TipoffFiled,
  TipoffState,
  TipoffStatus,
} from '$lib/tipoff-types';

// The one client of the API. SvelteKit server code never fetches /api itself: it goes through
// here, so the session cookie, the client address and the error shape are handled in one place.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** Seconds, from Retry-After on 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

type ApiEvent = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url'>;
type Query = Record<string, string | undefined>;
interface CallOptions {
  query?: Query;
  json?: unknown;
  form?: FormData;
}

function apiOrigin(): string {
  const origin = env.SHUANGFANG_API_ORIGIN;
  if (!origin) throw new Error('SHUANGFANG_API_ORIGIN is not set: start the app with server.ts');
  return origin;
}

/** The cookies the browser sent, plus any the API set earlier in this same request. */
function cookieHeader(cookies: Cookies): string {
  return cookies
    .getAll()
    .filter((c) => c.value !== '')
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join('; ');
}

/** Hands the API's Set-Cookie headers to the browser with the same attributes. */
function relayCookies(cookies: Cookies, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq);
    const value = decodeURIComponent(pair.slice(eq + 1));
    const options: Parameters<Cookies['set']>[2] = { path: '/', httpOnly: false, secure: false };
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'path') options.path = val;
      else if (lower === 'max-age') options.maxAge = Number(val);
      else if (lower === 'expires') options.expires = new Date(val);
      else if (lower === 'httponly') options.httpOnly = true;
      else if (lower === 'secure') options.secure = true;
      else if (lower === 'samesite')
        options.sameSite = val.toLowerCase() as 'lax' | 'strict' | 'none';
    }
    if (options.maxAge === 0) cookies.delete(name, { path: options.path });
    else cookies.set(name, value, options);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; issues?: Issue[] };
  } | null;
  const retryAfter = Number(response.headers.get('retry-after')) || undefined;
  return new ApiError(
    response.status,
    body?.error?.code ?? 'HTTP_' + response.status,
    body?.error?.message ?? response.statusText,
    body?.error?.issues ?? [],
    retryAfter,
  );
}

/** Sends one request; answers the Response when it is 2xx, else throws ApiError. */
async function call(event: ApiEvent, method: string, path: string, options: CallOptions = {}) {
  const origin = apiOrigin();
  const url = new URL(`/api/v1${path}`, origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  const headers: Record<string, string> = {
    // The API refuses state changes whose Origin is not its own host; this hop is ours.
    origin,
    'x-forwarded-for': event.getClientAddress(),
    // So the API marks its cookie Secure exactly when the browser came over TLS.
    'x-forwarded-proto': event.url.protocol === 'https:' ? 'https' : 'http',
  };
  const cookie = cookieHeader(event.cookies);
  if (cookie) headers.cookie = cookie;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(url, { method, headers, body, redirect: 'manual' });
  relayCookies(event.cookies, response);
  if (!response.ok) throw await toApiError(response);
  return response;
}

export function createApi(event: ApiEvent) {
  const json = async <T>(method: string, path: string, options?: CallOptions) =>
    (await (await call(event, method, path, options)).json()) as T;
  const get = <T>(path: string, query?: Query) => json<T>('GET', path, { query });
  const post = <T>(path: string, body?: unknown) => json<T>('POST', path, { json: body ?? {} });
  const put = <T>(path: string, body: unknown) => json<T>('PUT', path, { json: body });
  const patch = <T>(path: string, body: unknown) => json<T>('PATCH', path, { json: body });
  const id = encodeURIComponent;
  /** Risk rows live under their enterprise: the API checks the row belongs to it. */
  const ent = (enterpriseId: string) => `/enterprises/${id(enterpriseId)}`;
  type Created = { id: string };

  return {
    auth: {
      me: () => get<Me>('/auth/me'),
      login: (body: { login: string; password: string }) => post<Me>('/auth/login', body),
      logout: () => post<{ ok: true }>('/auth/logout'),
      changePassword: (body: { currentPassword: string; newPassword: string }) =>
        post<Me>('/auth/password', body),
      switchMembership: (membershipId: string) => post<Me>('/auth/membership', { membershipId }),
    },
    jurisdictions: {
      list: () => get<{ items: Jurisdiction[] }>('/jurisdictions'),
      create: (body: Omit<Jurisdiction, 'path'>) => post<Jurisdiction>('/jurisdictions', body),
      settings: (code: string) => get<JurisdictionSettings>(`/jurisdictions/${id(code)}/settings`),
    },
    agencies: {
      list: (jurisdictionCode?: string) =>
        get<{ items: Agency[] }>('/agencies', { jurisdictionCode }),
      create: (body: { name: string; jurisdictionCode: string; phone?: string }) =>
        post<Agency>('/agencies', body),
      publicList: () => get<{ items: Agency[] }>('/public/agencies'),
    },
    users: {
      list: (query: { q?: string; enterpriseId?: string; agencyId?: string; cursor?: string }) =>
        get<Page<ManagedUser>>('/users', query),
      create: (body: {
        displayName: string;
        phone?: string;
        email?: string;
        role: Role;
        enterpriseId?: string;
        agencyId?: string;
      }) => post<{ user: ManagedUser; initialPassword: string }>('/users', body),
      resetPassword: (userId: string) =>
        post<{ initialPassword: string }>(`/users/${id(userId)}/reset-password`),
      deactivate: (userId: string) => post<ManagedUser>(`/users/${id(userId)}/deactivate`),
      activate: (userId: string) => post<ManagedUser>(`/users/${id(userId)}/activate`),
    },
    enterprises: {
      list: (filter: EnterpriseFilter & { limit?: number; cursor?: string }) =>
        get<CountedPage<Enterprise>>('/enterprises', {
          ...filter,
          limit: filter.limit?.toString(),
        }),
      get: (enterpriseId: string) => get<Enterprise>(`/enterprises/${id(enterpriseId)}`),
      create: (body: EnterpriseInput) => post<Enterprise>('/enterprises', body),
      update: (enterpriseId: string, body: Partial<EnterpriseInput>) =>
        json<Enterprise>('PATCH', `/enterprises/${id(enterpriseId)}`, { json: body }),
      deactivate: (enterpriseId: string) =>
        post<Enterprise>(`/enterprises/${id(enterpriseId)}/deactivate`),
      activate: (enterpriseId: string) =>
        post<Enterprise>(`/enterprises/${id(enterpriseId)}/activate`),
      /** The spreadsheet as a streaming Response, for a +server.ts to pass on. */
      exportXlsx: (filter: EnterpriseFilter) =>
        call(event, 'GET', '/enterprises/export.xlsx', { query: { ...filter } }),
      importTemplate: () => call(event, 'GET', '/enterprises/import-template.xlsx'),
      import: (file: File) => {
        const form = new FormData();
        form.set('file', file, file.name);
        return json<{ imported: number }>('POST', '/enterprises/import', { form });
      },
    },
    risk: {
      register: (enterpriseId: string, includeArchived = false) =>
        get<RiskRegister>(`${ent(enterpriseId)}/risk-register`, {
          includeArchived: String(includeArchived),
        }),
      createObject: (enterpriseId: string, body: RiskObjectInput) =>
        post<Created>(`${ent(enterpriseId)}/risk-objects`, body),
      updateObject: (enterpriseId: string, objectId: string, body: Partial<RiskObjectInput>) =>
        patch<Created>(`${ent(enterpriseId)}/risk-objects/${id(objectId)}`, body),
      archiveObject: (enterpriseId: string, objectId: string) =>
        post<Created>(`${ent(enterpriseId)}/risk-objects/${id(objectId)}/archive`),
      createUnit: (
        enterpriseId: string,
        objectId: string,
        body: { name: string; responsiblePerson: string },
      ) => post<Created>(`${ent(enterpriseId)}/risk-objects/${id(objectId)}/units`, body),
      updateUnit: (
        enterpriseId: string,
        unitId: string,
        body: Partial<{ name: string; responsiblePerson: string }>,
      ) => patch<Created>(`${ent(enterpriseId)}/risk-units/${id(unitId)}`, body),
      archiveUnit: (enterpriseId: string, unitId: string) =>
        post<Created>(`${ent(enterpriseId)}/risk-units/${id(unitId)}/archive`),
      createEvent: (enterpriseId: string, unitId: string, body: RiskEventInput) =>
        post<Created>(`${ent(enterpriseId)}/risk-units/${id(unitId)}/events`, body),
      updateEvent: (enterpriseId: string, eventId: string, body: Partial<RiskEventInput>) =>
        patch<Created>(`${ent(enterpriseId)}/risk-events/${id(eventId)}`, body),
      archiveEvent: (enterpriseId: string, eventId: string) =>
        post<Created>(`${ent(enterpriseId)}/risk-events/${id(eventId)}/archive`),
      createMeasure: (enterpriseId: string, eventId: string, body: ControlMeasureInput) =>
        post<Created>(`${ent(enterpriseId)}/risk-events/${id(eventId)}/measures`, body),
      updateMeasure: (
        enterpriseId: string,
        measureId: string,
        body: Partial<ControlMeasureInput>,
      ) => patch<Created>(`${ent(enterpriseId)}/control-measures/${id(measureId)}`, body),
      archiveMeasure: (enterpriseId: string, measureId: string) =>
        post<Created>(`${ent(enterpriseId)}/control-measures/${id(measureId)}/archive`),
      createEmergency: (enterpriseId: string, eventId: string, body: EmergencyMeasureInput) =>
        post<Created>(`${ent(enterpriseId)}/risk-events/${id(eventId)}/emergency-measures`, body),
      updateEmergency: (
        enterpriseId: string,
        measureId: string,
        body: Partial<EmergencyMeasureInput>,
      ) => patch<Created>(`${ent(enterpriseId)}/emergency-measures/${id(measureId)}`, body),
      archiveEmergency: (enterpriseId: string, measureId: string) =>
        post<Created>(`${ent(enterpriseId)}/emergency-measures/${id(measureId)}/archive`),
      assess: (enterpriseId: string, eventId: string, body: AssessmentInput) =>
        post<RiskAssessment>(`${ent(enterpriseId)}/risk-events/${id(eventId)}/assessments`, body),
      assessments: (enterpriseId: string, eventId: string) =>
        get<{ items: RiskAssessment[] }>(
          `${ent(enterpriseId)}/risk-events/${id(eventId)}/assessments`,
        ),
      /** Puts one list (all its current rows) in the order given. */
      reorder: (
        enterpriseId: string,
        body: { list: OrderList; parentId: string | null; ids: string[] },
      ) => put<{ ok: true }>(`${ent(enterpriseId)}/risk-order`, body),
      setControlLevel: (
        enterpriseId: string,
        eventId: string,
        body: { controlLevel: ControlLevel; reason: string | null },
      ) => put<Created>(`${ent(enterpriseId)}/risk-events/${id(eventId)}/control-level`, body),
    },
    positions: {
      list: (enterpriseId: string) => get<{ items: Position[] }>(`${ent(enterpriseId)}/positions`),
      create: (enterpriseId: string, body: PositionInput) =>
        post<Created>(`${ent(enterpriseId)}/positions`, body),
      update: (enterpriseId: string, positionId: string, body: Partial<PositionInput>) =>
        patch<Created>(`${ent(enterpriseId)}/positions/${id(positionId)}`, body),
      archive: (enterpriseId: string, positionId: string) =>
        post<Created>(`${ent(enterpriseId)}/positions/${id(positionId)}/archive`),
    },
    boards: {
      get: (enterpriseId: string, positionId: string) =>
        get<Board>(`${ent(enterpriseId)}/positions/${id(positionId)}/board`),
      issueLink: (enterpriseId: string, positionId: string) =>
        post<BoardLink>(`${ent(enterpriseId)}/positions/${id(positionId)}/board-link`),
      revokeLink: (enterpriseId: string, positionId: string) =>
        post<{ ok: true }>(`${ent(enterpriseId)}/positions/${id(positionId)}/board-link/revoke`),
      /** The public page behind a board's QR code: no session needed. */
      public: (token: string) => get<BoardContent>(`/public/boards/${id(token)}`),
    },
    registerCompleteness: (enterpriseId: string) =>
      get<Completeness>(`${ent(enterpriseId)}/register-completeness`),
    /** A 三清单 spreadsheet as a streaming Response, for a +server.ts to pass on. */
    listXlsx: (enterpriseId: string, kind: ListKind) =>
      call(event, 'GET', `${ent(enterpriseId)}/lists/${id(kind)}`),
    sitePlan: {
      /** The plan image as a streaming Response, for a +server.ts to pass on. */
      image: (enterpriseId: string) => call(event, 'GET', `${ent(enterpriseId)}/site-plan`),
      upload: (enterpriseId: string, file: File) => {
        const form = new FormData();
        form.set('file', file, file.name);
        return json<SitePlan>('PUT', `${ent(enterpriseId)}/site-plan`, { form });
      },
      placeObject: (enterpriseId: string, objectId: string, points: Point[] | null) =>
        put<Created>(`${ent(enterpriseId)}/risk-objects/${id(objectId)}/polygon`, { points }),
    },
    // Photos, check tasks and the worker's quick hazard report (随手拍).
    uploads: {
      photo: (enterpriseId: string, file: File) => {
        const form = new FormData();
        form.set('file', file, file.name);
        return json<UploadedPhoto>('POST', `${ent(enterpriseId)}/uploads`, { form });
      },
    },
    checks: {
      tasks: (enterpriseId: string, query: { date?: string; scope?: 'mine' | 'all' } = {}) =>
        get<CheckTasks>(`${ent(enterpriseId)}/check-tasks`, query),
      record: (enterpriseId: string, body: CheckRecordInput) =>
        post<CheckRecord>(`${ent(enterpriseId)}/check-records`, body),
    },
    // ── 双随机一公开 random inspections ──
    inspections: {
      inspectors: () => get<{ items: Inspector[] }>('/inspectors'),
      createInspector: (body: { name: string; badgeNumber: string; userId?: string }) =>
        post<Inspector>('/inspectors', body),
      updateInspector: (inspectorId: string, body: { active?: boolean }) =>
        patch<Inspector>(`/inspectors/${id(inspectorId)}`, body),
      conflicts: () => get<{ items: InspectorConflict[] }>('/inspector-conflicts'),
      declareConflict: (body: { inspectorId: string; enterpriseId: string; reason: string }) =>
        post<InspectorConflict>('/inspector-conflicts', body),
      items: () => get<{ items: InspectionItem[] }>('/inspection-items'),
      createItem: (body: { name: string; legalBasis: string; method: string }) =>
        post<InspectionItem>('/inspection-items', body),
      plans: () => get<{ items: PlanSummary[] }>('/inspection-plans'),
      createPlan: (body: InspectionPlanInput) => post<PlanDetail>('/inspection-plans', body),
      plan: (planId: string) => get<PlanDetail>(`/inspection-plans/${id(planId)}`),
      draw: (planId: string, body: { supervisorValue: string; redoReason?: string }) =>
        post<Draw>(`/inspection-plans/${id(planId)}/draws`, body),
      verify: (drawId: string) => post<DrawVerification>(`/inspection-draws/${id(drawId)}/verify`),
      list: (query: { plan?: string; mine?: string }) =>
        get<{ items: Inspection[] }>('/inspections', query),
      get: (inspectionId: string) => get<Inspection>(`/inspections/${id(inspectionId)}`),
      record: (inspectionId: string, body: RecordInput) =>
        post<Inspection>(`/inspections/${id(inspectionId)}/record`, body),
      publish: (inspectionId: string) =>
        post<Inspection>(`/inspections/${id(inspectionId)}/publish`),
      publicResults: (agencyId: string) =>
        get<PublicResults>(`/public/agencies/${id(agencyId)}/inspections`),
    },
    // 双报告 and the workers' congress's notice board.
    reports: {
      list: (query: { late?: string; unacknowledged?: string; cursor?: string }) =>
        get<Page<Report>>('/reports', query),
      get: (enterpriseId: string, reportId: string) =>
        get<ReportDetail>(`${ent(enterpriseId)}/reports/${id(reportId)}`),
      draft: (enterpriseId: string, body: { kind: string; period?: string; hazardId?: string }) =>
        post<ReportDetail>(`${ent(enterpriseId)}/reports`, body),
      edit: (enterpriseId: string, reportId: string, body: Record<string, string>) =>
        patch<ReportDetail>(`${ent(enterpriseId)}/reports/${id(reportId)}`, body),
      submit: (enterpriseId: string, reportId: string) =>
        post<ReportDetail>(`${ent(enterpriseId)}/reports/${id(reportId)}/submit`),
      acknowledge: (enterpriseId: string, reportId: string) =>
        post<ReportDetail>(`${ent(enterpriseId)}/reports/${id(reportId)}/acknowledgements`),
      noticeBoard: (enterpriseId: string, cursor?: string) =>
        get<{ enterpriseName: string; items: NoticeItem[]; nextCursor: string | null }>(
          `${ent(enterpriseId)}/notice-board`,
          { cursor, limit: '200' },
        ),
    },
    // ── Hidden hazards (隐患排查治理), the 台账 and notifications ──
    hazards: {
      /** One enterprise's hazards (its people, or a regulator in scope). */
      list: (enterpriseId: string, filter: HazardFilter & { cursor?: string; limit?: number }) =>
        get<Page<Hazard>>(`${ent(enterpriseId)}/hazards`, {
          ...filter,
          limit: filter.limit?.toString(),
        }),
      /** The enterprise's people a plan may name as its responsible user. */
      assignees: (enterpriseId: string) =>
        get<{ items: { id: string; name: string; role: Role }[] }>(
          `${ent(enterpriseId)}/hazard-assignees`,
        ),
      /** A regulator's whole subtree. */
      listSubtree: (filter: HazardFilter & { cursor?: string; limit?: number }) =>
        get<Page<HazardWithEnterprise>>('/hazards', { ...filter, limit: filter.limit?.toString() }),
      get: (enterpriseId: string, hazardId: string) =>
        get<HazardDetail>(`${ent(enterpriseId)}/hazards/${id(hazardId)}`),
      register: (enterpriseId: string, body: HazardInput) =>
        post<HazardDetail>(`${ent(enterpriseId)}/hazards`, body),
      move: (enterpriseId: string, hazardId: string, body: Record<string, unknown>) =>
        post<HazardDetail>(`${ent(enterpriseId)}/hazards/${id(hazardId)}/moves`, body),
      editPlan: (
        enterpriseId: string,
        hazardId: string,
        body: { plan: PlanInput; reason: string },
      ) => put<HazardDetail>(`${ent(enterpriseId)}/hazards/${id(hazardId)}/plan`, body),
      requestExtension: (
        enterpriseId: string,
        hazardId: string,
        body: { requestedDeadline: string; reason: string },
      ) => post<HazardDetail>(`${ent(enterpriseId)}/hazards/${id(hazardId)}/extensions`, body),
      decideExtension: (
        enterpriseId: string,
        hazardId: string,
        extensionId: string,
        body: { decision: 'approved' } | { decision: 'refused'; reason: string },
      ) =>
        post<HazardDetail>(
          `${ent(enterpriseId)}/hazards/${id(hazardId)}/extensions/${id(extensionId)}/decision`,
          body,
        ),
      ledger: (enterpriseId: string, filter: HazardFilter & { cursor?: string }) =>
        get<Page<LedgerRow>>(`${ent(enterpriseId)}/hazard-ledger`, { ...filter }),
      subtreeLedger: (filter: HazardFilter & { cursor?: string }) =>
        get<Page<LedgerRow>>('/hazard-ledger', { ...filter }),
      /** The 台账 spreadsheet as a streaming Response, for a +server.ts to pass on. */
      ledgerXlsx: (enterpriseId: string | null, filter: HazardFilter) =>
        call(
          event,
          'GET',
          enterpriseId ? `${ent(enterpriseId)}/hazard-ledger.xlsx` : '/hazard-ledger.xlsx',
          { query: { ...filter } },
        ),
    },
    notifications: () => get<{ items: AppNotification[]; count: number }>('/notifications'),
    dashboard: {
      get: (query: { jurisdiction?: string; from?: string; to?: string }) =>
        get<Dashboard>('/dashboard', query),
    },
    // ── 挂牌督办 and the settings change log (regulator console) ──
    supervision: {
      supervise: (enterpriseId: string, hazardId: string, body: SupervisionInput) =>
        post<HazardDetail>(`${ent(enterpriseId)}/hazards/${id(hazardId)}/supervision`, body),
      unlist: (enterpriseId: string, hazardId: string, body: { note?: string }) =>
        post<HazardDetail>(`${ent(enterpriseId)}/hazards/${id(hazardId)}/supervision/unlist`, body),
      /** The agency's subtree. */
      list: (filter: SupervisionFilter & { cursor?: string }) =>
        get<Page<SupervisionListItem>>('/supervisions', { ...filter }),
      /** The agency's public page: no session needed. */
      public: (agencyId: string, cursor?: string) =>
        get<PublicAgencySupervisions>(`/public/agencies/${id(agencyId)}/supervisions`, {
          cursor,
        }),
    },
    jurisdictionSettings: {
      /** Overrides to set; null restores the inherited value. Each change is logged. */
      save: (code: string, body: Record<string, unknown>) =>
        put<JurisdictionSettings>(`/jurisdictions/${id(code)}/settings`, body),
      changes: (code: string, cursor?: string) =>
        get<Page<SettingChange>>(`/jurisdictions/${id(code)}/settings/changes`, { cursor }),
    },
    // ── 安全生产标准化 (standardization) ──
    standardization: {
      view: (enterpriseId: string) =>
        get<EnterpriseStandardization>(`${ent(enterpriseId)}/standardization`),
      apply: (
        enterpriseId: string,
        body: { level: string; selfScore: number; materials: { name: string; ref: string }[] },
      ) =>
        post<StandardizationApplication>(`${ent(enterpriseId)}/standardization/applications`, body),
      moveApplication: (
        enterpriseId: string,
        applicationId: string,
        body: Record<string, string>,
      ) =>
        post<StandardizationApplication>(
          `${ent(enterpriseId)}/standardization/applications/${id(applicationId)}/moves`,
          body,
        ),
      moveCertificate: (
        enterpriseId: string,
        certificateId: string,
        body: Record<string, string>,
      ) =>
        post<EnterpriseStandardization>(
          `${ent(enterpriseId)}/standardization/certificates/${id(certificateId)}/moves`,
          body,
        ),
      /** A regulator's subtree; `mine`: the applications its agency grades. */
      applications: (query: { mine?: string; state?: string; cursor?: string }) =>
        get<Page<StandardizationApplication>>('/standardization/applications', query),
      certificates: (query: { state?: string; expiringWithinDays?: string; cursor?: string }) =>
        get<Page<StandardizationCertificate>>('/standardization/certificates', query),
      /** Anyone: current certificates by enterprise name or credit code. */
      publicSearch: (q: string) =>
        get<{ items: PublicCertificate[] }>('/public/standardization', { q }),
    },
    // ── 严重失信主体名单 (blacklist) ──
    blacklist: {
      /** A regulator's subtree. */
      listSubtree: (query: { state?: string; q?: string; cursor?: string }) =>
        get<Page<BlacklistEntry>>('/blacklist', query),
      /** One enterprise's entries (its own side sees notified ones only). */
      list: (enterpriseId: string) =>
        get<{ items: BlacklistEntry[] }>(`${ent(enterpriseId)}/blacklist`),
      get: (enterpriseId: string, entryId: string) =>
        get<BlacklistEntryDetail>(`${ent(enterpriseId)}/blacklist/${id(entryId)}`),
      propose: (
        enterpriseId: string,
        body: { penaltyDecisionNumber: string; reason: string; legalBasis: string },
      ) => post<BlacklistEntryDetail>(`${ent(enterpriseId)}/blacklist`, body),
      /** A move: notify, statement, list, withdraw, repair, repair-decision, revoke-removal. */
      move: (enterpriseId: string, entryId: string, move: string, body?: unknown) =>
        post<BlacklistEntryDetail>(
          `${ent(enterpriseId)}/blacklist/${id(entryId)}/${encodeURIComponent(move)}`,
          body,
        ),
      /** The public query (no session needed). */
      search: (q: string) => get<{ items: PublicBlacklistEntry[] }>('/public/blacklist', { q }),
    },
    // ——— tipoffs (隐患举报): public filing and status, the agencies' triage ———
    tipoffs: {
      findEnterprises: (query: { q?: string; board?: string }) =>
        get<{ items: PublicEnterprise[] }>('/public/enterprises', query),
      /** Multipart: the fields and the photos, in one request. */
      file: (form: FormData) => json<TipoffFiled>('POST', '/public/tipoffs', { form }),
      status: (receiptCode: string) => get<TipoffStatus>(`/public/tipoffs/${id(receiptCode)}`),
      list: (query: { state?: TipoffState; enterpriseId?: string; cursor?: string }) =>
        get<Page<Tipoff>>('/tipoffs', query),
      get: (tipoffId: string) => get<TipoffDetail>(`/tipoffs/${id(tipoffId)}`),
      move: (tipoffId: string, body: Record<string, unknown>) =>
        post<TipoffDetail>(`/tipoffs/${id(tipoffId)}/moves`, body),
    },
  };
}

export type Api = ReturnType<typeof createApi>;
