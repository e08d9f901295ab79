import { fileURLToPath } from 'node:url';
import { createDb, databaseKind } from '@shuangfang/db';
import { chainEnterprises } from './hazard-events.repository.js';
import { verifyChain } from './hazards.service.js';

// `pnpm --filter @shuangfang/api verify-chain [enterpriseId]`: recomputes the hazard event chain
// of one enterprise, or of every enterprise that has one, straight from the database (no API,
// no session), so an auditor can check the log with nothing but database access. Prints one JSON
// line per enterprise; exits 1 when a chain is broken, 2 on bad usage.

// Same default data folder as the server (the repository's data/), whatever the working directory.
process.env.SHUANGFANG_DATA_DIR ??= fileURLToPath(new URL('../../../../data', import.meta.url));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const arg = process.argv[2];
if (process.argv.length > 3 || (arg !== undefined && !UUID.test(arg))) {
  console.error('用法：pnpm --filter @shuangfang/api verify-chain [企业编号]');
  process.exit(2);
}

const db = await createDb();
let broken = 0;
try {
  const ids = arg ? [arg.toLowerCase()] : await chainEnterprises(db);
  for (const enterpriseId of ids) {
    const result = await verifyChain(db, enterpriseId);
    if (!result.ok) broken++;
    console.log(JSON.stringify({ enterpriseId, ...result }));
  }
  console.error(
    `${databaseKind()}：校验 ${ids.length} 个企业的隐患事件链，${broken === 0 ? '全部完整' : `${broken} 个不完整`}`,
  );
} finally {
  await db.destroy();
}
process.exitCode = broken === 0 ? 0 : 1;
