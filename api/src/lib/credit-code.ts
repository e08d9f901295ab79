// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z):
//   1     登记管理部门 (registration authority)     2   机构类别 (entity type, per authority)
//   3–8   登记管理机关行政区划码 (GB/T 2260)          9–17 主体标识码    18 check character
// The 18th is computed from the first 17 with fixed weights, modulo 31. Codes are compared and
// stored in upper case; input in lower case is accepted and upper-cased first (`canonicalCreditCode`).

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The entity types each registration authority may give (GB 32100-2015, as amended with the
 * military and agricultural authorities). 9 means 其他 where an authority has it.
 */
const ENTITY_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办直接管理的群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他: one type only
};

/**
 * The first two digits of a GB/T 2260 division code: the provinces, autonomous regions and
 * municipalities (71 台湾, 81 香港, 82 澳门 included); `100000` is a registration at national level.
 */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41',
  '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71',
  '81', '82',
]); // prettier-ignore
const NATIONAL = '100000';

function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`invalid credit code character at ${i + 1}`);
    sum += value * (WEIGHTS[i] as number);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** The code as it is stored and compared: trimmed and in upper case. */
export const canonicalCreditCode = (input: string) => input.trim().toUpperCase();

/**
 * Why a (canonical) credit code is invalid, in Chinese for the user, or null when it is valid:
 * length, alphabet, the authority and entity-type pair, a real province in the division code,
 * then the check character.
 */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `统一社会信用代码应为18位，实际为${code.length}位`;
  const bad = [...code].findIndex((ch) => !ALPHABET.includes(ch));
  if (bad >= 0) return `统一社会信用代码第${bad + 1}位字符“${code[bad]}”不合法`;
  const [authority, type] = [code[0]!, code[1]!];
  if (!ENTITY_TYPES[authority]) {
    return `统一社会信用代码第1位“${authority}”不是 GB 32100 规定的登记管理部门代码`;
  }
  if (!ENTITY_TYPES[authority].includes(type)) {
    return `统一社会信用代码第2位“${type}”不是登记管理部门“${authority}”的机构类别代码（可为：${[...ENTITY_TYPES[authority]].join('、')}）`;
  }
  const division = code.slice(2, 8);
  if (
    !/^\d{6}$/.test(division) ||
    !(PROVINCES.has(division.slice(0, 2)) || division === NATIONAL)
  ) {
    return `统一社会信用代码第3—8位“${division}”不是有效的行政区划代码`;
  }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) {
    return '统一社会信用代码校验位错误';
  }
  return null;
}

/** Completes 17 characters into a valid code (demo data and tests). */
export function withCheckCharacter(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}
