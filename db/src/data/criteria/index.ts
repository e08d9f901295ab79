import { FEIMEI_2022 } from './feimei-2022.js';
import { GONGMAO_2023 } from './gongmao-2023.js';
import { MEIKUANG_2020 } from './meikuang-2020.js';
import { WEIHUA_2017 } from './weihua-2017.js';
import { YANHUA_2017 } from './yanhua-2017.js';

export type { CriteriaItemSeed, CriteriaStandardSeed } from './types.js';

/** The standards the product ships, in the order the library lists them. */
export const SHIPPED_STANDARDS = [GONGMAO_2023, WEIHUA_2017, YANHUA_2017, FEIMEI_2022, MEIKUANG_2020];
