import { backup } from '../backup.js';
import { backupTarget, defaultBackupFile, fileArgument } from './backup-target.js';

// pnpm db:backup [file]
const target = backupTarget();
const file = fileArgument(process.argv[2]) ?? defaultBackupFile(target);
try {
  await backup(target, file);
  console.log(`备份完成：${file}`);
} catch (error) {
  console.error(`备份失败：${(error as Error).message}`);
  process.exit(1);
}
