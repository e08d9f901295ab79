import { configFromEnv, createApp, deliveryDeps, runDeliveryStep } from '@shuangfang/api';
import { createDb } from '@shuangfang/db';

// A process that writes reminders and is then killed (tests/api/reminders-restart.test.ts). It
// opens the database its environment names, files two tip-offs through the real app — each
// writes its outbox row in the filing's transaction — runs one round of the delivery worker
// between them (the receiver is down: the attempt fails and waits for its retry), says
// "written", and waits for SIGKILL.

const [enterpriseId] = process.argv.slice(2);
const db = await createDb();
const config = configFromEnv();
const app = createApp({ db, config });

async function fileTipoff(description: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    enterpriseId: enterpriseId!,
    kind: 'hazard',
    description,
    anonymous: 'true',
  })) {
    form.set(k, v);
  }
  const res = await app.request('http://localhost/api/v1/public/tipoffs', {
    method: 'POST',
    headers: { origin: 'http://localhost' },
    body: form,
  });
  if (res.status !== 201) throw new Error(`tip-off refused: ${res.status} ${await res.text()}`);
}

await fileTipoff('重启前写入：已尝试发送一次');
await runDeliveryStep(db, deliveryDeps(config));
await fileTipoff('重启前写入：尚未分发');
console.log('written');
setInterval(() => {}, 60_000);
