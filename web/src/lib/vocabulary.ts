// The fixed lists come from the one definition the database's CHECK constraints are built from
// (db/src/enums.ts has no imports, so it bundles into the browser code as it is).
export {
  ENTERPRISE_SCALES as SCALES,
  INDUSTRIES,
  JURISDICTION_LEVELS as LEVELS,
  ROLES,
} from '@shuangfang/db/enums';
