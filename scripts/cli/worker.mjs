// Worker thread: estimates batches of lines and posts the output text back.
import { parentPort, workerData } from 'node:worker_threads';
import { estimateLines } from './rows.mjs';
import { loadEngine, resolveDataset } from './engine.mjs';

const engine = await loadEngine();
const { dataset, bundled } = await resolveDataset(engine, workerData.datasetFile);
const options = { dataset, country: workerData.country, boundary: workerData.boundary, trace: workerData.trace, badge: workerData.badge, labels: dataset ?? bundled };

parentPort.on('message', ({ seq, firstLine, lines }) => {
  const r = estimateLines(engine, lines, firstLine, options);
  parentPort.postMessage({ seq, count: lines.length, ...r });
});
