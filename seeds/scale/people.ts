import type { Rng } from './prng.js';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文斌宇浩凯鹏飞红梅玲志雪峰';

export function personName(rng: Rng): string {
  const given = rng.pick([...GIVEN]) + (rng.chance(0.7) ? rng.pick([...GIVEN]) : '');
  return rng.pick([...SURNAMES]) + given;
}

/** A mobile number unique to `index` (13x… for enterprises, 15x… for agencies). */
export const phoneOf = (prefix: '13' | '15', index: number) =>
  `${prefix}${String(index).padStart(9, '0')}`;
