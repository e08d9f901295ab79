import { restore } from '../backup.js';
import { backupTarget, fileArgument } from './backup-target.js';

// pnpm db:restore <file>
const file = fileArgument(process.argv[2]);
if (!file) {
  console.error('用法：pnpm db:restore <备份文件>');
  process.exit(2);
}
try {
  await restore(backupTarget(), file);
  console.log(`已从 ${file} 恢复`);
} catch (error) {
  console.error(`恢复失败：${(error as Error).message}`);
  process.exit(1);
}
