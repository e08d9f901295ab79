import type { Readable } from 'openapi-typescript-helpers';
import type { components, operations } from './schema';

// Names for the API's shapes, all taken from the generated contract (schema.d.ts): the web keeps no
// copy of its own. `Reply<'hazards.getOne'>` is what an operation answers, `Body<…>` what it takes.
// Shapes read from the API are as the client hands them over (openapi-fetch's Readable: a pair of
// numbers arrives as number[]), so a page's props and its load's data agree.

export type Schemas = { [K in keyof components['schemas']]: Readable<components['schemas'][K]> };
export type OperationId = keyof operations;

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Responses<Id extends OperationId> = operations[Id]['responses'];

/** The JSON of an operation's success (200, else 201). */
export type Reply<Id extends OperationId> = Readable<
  JsonOf<
    200 extends keyof Responses<Id>
      ? Responses<Id>[200]
      : 201 extends keyof Responses<Id>
        ? Responses<Id>[201]
        : never
  >
>;

/** The JSON body an operation takes. */
export type Body<Id extends OperationId> = JsonOf<NonNullable<operations[Id]['requestBody']>>;

/** The query an operation takes. */
export type Query<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

export type Me = Schemas['Me'];
export type Membership = Schemas['Membership'];
export type Issue = Schemas['ErrorIssue'];

// The records pages show, by the names the API gives them.
export type Agency = Schemas['Agency'];
export type Enterprise = Schemas['Enterprise'];
export type Jurisdiction = Schemas['Jurisdiction'];
export type ManagedUser = Schemas['User'];
export type HazardEvent = Schemas['HazardEvent'];
export type HazardPlan = NonNullable<Schemas['Hazard']['plan']>;
export type Attachment = Schemas['HazardAttachment'];
export type Supervision = Schemas['Supervision'];
export type RiskRegister = Schemas['RiskRegister'];
export type RiskObject = Schemas['RiskObject'];
export type RiskUnit = Schemas['RiskUnit'];
export type RiskEvent = Schemas['RiskEvent'];
export type ControlMeasure = Schemas['ControlMeasure'];
export type EmergencyMeasure = Schemas['EmergencyMeasure'];
export type RiskAssessment = Schemas['RiskAssessment'];
export type SitePlan = NonNullable<Schemas['RiskRegister']['sitePlan']>;
/** A vertex [x, y] as fractions of the site plan's width and height (the API sends pairs). */
export type Point = [number, number];
export type Position = Schemas['Position'];
export type PositionInput = Body<'positions.create'>;
export type Board = Schemas['Board'];
export type Completeness = Schemas['RegisterCompleteness'];
export type ListKind = operations['lists.download']['parameters']['path']['kind'];
export type OrderList = Body<'risk.reorder'>['list'];
export type Dashboard = Schemas['Dashboard'];
export type DashboardFigures = Schemas['DashboardFigures'];
export type BlacklistEntry = Schemas['BlacklistEntry'];
export type BlacklistMove = Schemas['BlacklistEntry']['moves'][number];
export type EnterpriseStandardization = Schemas['EnterpriseStandardization'];
export type StandardizationApplication = Schemas['StandardizationApplication'];
export type StandardizationCertificate = Schemas['StandardizationCertificate'];
export type PublicEnterprise = Schemas['PublicEnterprise'];
export type ItemResult = Body<'inspections.recordInspection'>['itemResults'][number]['result'];
export type EnterpriseInput = Body<'enterprises.create'>;
export type EnterpriseFilter = Pick<
  Query<'enterprises.list'>,
  'q' | 'industry' | 'jurisdictionCode' | 'active'
>;
