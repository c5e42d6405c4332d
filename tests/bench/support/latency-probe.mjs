// A worker thread that sends GET requests at a steady pace (open loop: one every `everyMs`, whether or not
// the last one has answered) and records each one's latency, so a server that stalls is seen as the
// requests that piled up meanwhile. Its own event loop is not the benchmark's, which may hold the server.
import { parentPort, workerData } from 'node:worker_threads';

const { urls, everyMs } = workerData;
const samples = [];
const open = new Set();
let stopping = false;
parentPort.on('message', (message) => {
  if (message === 'stop') stopping = true;
});
for (let i = 0; !stopping; i++) {
  const url = urls[i % urls.length];
  const sent = performance.now();
  const done = fetch(url)
    .then(async (response) => {
      await response.arrayBuffer();
      samples.push({ url, ms: performance.now() - sent, status: response.status });
    })
    .catch(() => samples.push({ url, ms: performance.now() - sent, status: 0 }));
  open.add(done);
  done.finally(() => open.delete(done));
  await new Promise((resolve) => setTimeout(resolve, everyMs));
}
await Promise.all(open);
parentPort.postMessage(samples);
