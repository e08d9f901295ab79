import { sql, type Kysely } from 'kysely';

// Three additions to the hazard loop: a rectifying hazard's plan can be edited (a new event
// action, `edit_plan`); a pending extension request is withdrawn when its hazard closes (a new
// extension state, `withdrawn`); and regulators list the hazards of their whole subtree newest
// first, which the per-enterprise indexes cannot serve, so the hazard gets one on time alone;
// and an agency's notifications read the hazards it found, on every page.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = (values: string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

const ACTIONS_BEFORE = [
  'register',
  'reject',
  'confirm',
  'submit',
  'accept',
  'reject_acceptance',
  'request_extension',
  'approve_extension',
  'refuse_extension',
];
const EXTENSION_STATES_BEFORE = ['pending', 'approved', 'refused'];

async function setChecks(db: AnyDb, actions: string[], extensionStates: string[]) {
  await sql`alter table hazard_event drop constraint hazard_event_action_check`.execute(db);
  await sql`alter table hazard_event add constraint hazard_event_action_check
    check (action in (${list(actions)}))`.execute(db);
  await sql`alter table hazard_extension drop constraint hazard_extension_state_check`.execute(db);
  await sql`alter table hazard_extension add constraint hazard_extension_state_check
    check (state in (${list(extensionStates)}))`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await setChecks(db, [...ACTIONS_BEFORE, 'edit_plan'], [...EXTENSION_STATES_BEFORE, 'withdrawn']);
  await sql`create index hazard_recent on hazard (created_at desc, id desc)`.execute(db);
  await sql`create index hazard_found_by on hazard (found_by_agency_id, state)
    where found_by_agency_id is not null`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index hazard_found_by`.execute(db);
  await sql`drop index hazard_recent`.execute(db);
  await setChecks(db, ACTIONS_BEFORE, EXTENSION_STATES_BEFORE);
}
