import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Scratch space for databases made by the tests: a folder per run, removed at its end. */
export const TMP_DIR = fileURLToPath(new URL('../.tmp', import.meta.url));
export const runDir = (runId: string) => `${TMP_DIR}/${runId}`;
export const pgliteTemplateDir = (runId: string) => `${runDir(runId)}/pglite-template`;
