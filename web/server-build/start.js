import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createDb,
  databaseKind,
  migrateToLatest
} from "./chunk-J3WG5L4U.js";
import "./chunk-ZLVQH4OK.js";
import "./chunk-VA35IVHB.js";

// web/start.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync2, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// web/source-stamp.js
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
function sourceStamp(root2, paths) {
  const hash = createHash("sha256");
  const walk = (rel) => {
    const full = join(root2, rel);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort())
        if (name !== "node_modules") walk(join(rel, name));
    } else hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}
`);
  };
  for (const p of paths) walk(p);
  return hash.digest("hex");
}

// web/start.ts
var root = fileURLToPath(new URL("..", new URL("../start.ts", import.meta.url).href));
var web = fileURLToPath(new URL(".", new URL("../start.ts", import.meta.url).href));
process.env.SHUANGFANG_DATA_DIR ??= `${root}data`;
var stampOf = (file) => existsSync2(file) ? readFileSync(file, "utf8") : null;
var buildStampFile = `${web}build/.source-stamp`;
var buildStamp = sourceStamp(root, [
  "web/src",
  "web/static",
  "web/svelte.config.js",
  "web/vite.config.ts",
  "web/package.json",
  "db/src/enums.ts",
  "pnpm-lock.yaml"
]);
if (stampOf(buildStampFile) !== buildStamp) {
  console.log("构建网页…");
  const built = spawnSync("pnpm", ["exec", "vite", "build"], { cwd: web, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(buildStampFile, buildStamp);
}
if (process.argv.includes("--build-only")) process.exit(0);
var opening = createDb().then(async (db2) => {
  await migrateToLatest(db2);
  return db2;
});
var { startServer } = await import("./server-start-RPME7F7A.js");
var db = await opening;
var demoStampFile = `${process.env.SHUANGFANG_DATA_DIR}/.demo-stamp`;
var demoStamp = sourceStamp(root, ["seeds/demo", "db/src/migrations"]);
if (databaseKind() === "postgres" || stampOf(demoStampFile) !== demoStamp) {
  const { seedDemo } = await import("./seed-X4BGEC6P.js");
  await seedDemo(db);
  if (databaseKind() === "pglite") writeFileSync(demoStampFile, demoStamp);
  console.log("演示数据已就绪。");
}
var server = await startServer({
  port: Number(process.env.PORT ?? 3e3),
  host: process.env.HOST ?? "0.0.0.0",
  db
});
var { printDemoLogins } = await import("./logins-7ULC75MO.js");
await printDemoLogins(db);
console.log(
  `Shuangfang ready at http://localhost:${server.port} (${Math.round(performance.now())}ms)`
);
var stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing`);
  await server.close();
  await db.destroy();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
