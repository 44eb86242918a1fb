import { DUMPS } from '../../support/real-dumps.js';

export { CSS_2020, CSS_2023 } from '../../support/real-dumps.js';
export const CRPA_2023_01 = `${DUMPS}crpa/crpa-2023-01-02T0315.jsonl.gz`;
export const CRPA_2023_05 = `${DUMPS}crpa/crpa-2023-05-16T0334.jsonl.gz`;
/** Each brings one change or more, after CRPA_2023_05. */
export const LATER_CRPA = [
  'crpa-2023-08-16T0328.jsonl.gz',
  'crpa-2024-01-01T2336.jsonl.gz',
  'crpa-2024-05-07T2312.jsonl.gz',
].map((file) => `${DUMPS}crpa/${file}`);
