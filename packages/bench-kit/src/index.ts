export { bestOf } from './best-of.js';
export { printRows, type BenchRow } from './bench-row.js';
export { measureInChild, peakRssKb } from './child-process.js';
