import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for databases made by the tests; removed and remade at each run. */
export const TMP_DIR = fileURLToPath(new URL('../.tmp', import.meta.url));
export const PGLITE_TEMPLATE_DIR = `${TMP_DIR}/pglite-template`;
export const PG_TEMPLATE_DB = 'sf_test_template';
