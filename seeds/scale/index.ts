export { copySink, insertSink, type Batch, type Row, type Sink } from './copy.js';
export {
  generateScale,
  ENTERPRISES_AT_1X,
  SCALE_PASSWORD,
  type Counts,
  type ScaleOptions,
} from './generate.js';
export { loadScaleParallel, type ParallelOptions } from './load-parallel.js';
export { withRollupsDeferred } from './rollups.js';
