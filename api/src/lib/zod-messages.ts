import { z } from '@hono/zod-openapi';
import type { core } from 'zod';

// Schema failures in plain Chinese. The message is the rule; the field's label is put in front
// of it by the router's hook (field-labels.ts), so together they read 「自评得分」为必填项.
// What is not handled here falls back to zod's own Chinese locale.

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '对象',
  date: '日期',
};

const FORMAT_NAMES: Record<string, string> = {
  uuid: '不是有效的编号',
  guid: '不是有效的编号',
  datetime: '不是有效的时间（ISO 8601，须带时区，如 2026-12-31T18:00:00+08:00）',
  date: '不是有效的日期（年-月-日，如 2026-12-31）',
  email: '不是有效的电子邮箱',
  url: '不是有效的网址',
};

type Issue = core.$ZodRawIssue;

function message(iss: Issue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '为必填项';
      if (iss.input === null) return '不能为空';
      return `格式不正确，应为${TYPE_NAMES[iss.expected] ?? iss.expected}`;
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min <= 1 ? '不能为空' : `至少 ${min} 个字`;
      if (iss.origin === 'array' || iss.origin === 'set') return `至少 ${min} 项`;
      return iss.inclusive === false ? `须大于 ${min}` : `不能小于 ${min}`;
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'string') return `不能超过 ${max} 个字`;
      if (iss.origin === 'array' || iss.origin === 'set') return `最多 ${max} 项`;
      return iss.inclusive === false ? `须小于 ${max}` : `不能大于 ${max}`;
    }
    case 'invalid_value':
      return `只能是：${iss.values.map((v: unknown) => String(v)).join('、')}`;
    case 'invalid_format':
      return iss.format === 'regex' ? undefined : FORMAT_NAMES[iss.format];
    case 'unrecognized_keys':
      return `包含不认识的字段：${iss.keys.join('、')}`;
    default:
      return undefined;
  }
}

/** Installs the messages for every schema of the process (called once when the app is built). */
export function useChineseMessages(): void {
  z.config(z.locales.zhCN());
  z.config({ customError: (iss) => message(iss) });
}
