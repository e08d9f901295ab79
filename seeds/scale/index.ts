export { copySink, insertSink, type Batch, type Row, type Sink } from './copy.js';
export { generateScale, ENTERPRISES_AT_1X, type Counts, type ScaleOptions } from './generate.js';
