// Where a scenario's time goes inside the gateway: loads a dataset, serves
// the scenario's request in-process (Fastify's inject: no sockets, so the
// figure is the gateway's own work) at a small concurrency, and reports the
// CPU time per request; with --profile=<file> also writes a V8 CPU profile of
// the measured requests only (start-up and warm-up left out), and with
// --heap-profile=<file> a sampling profile of what they allocate. For finding
// hot spots, not for figures to compare with baselines (that is `npm run bench`).
//   npm run profile -w @synergia/bench -- --dialect=postgresql --scale=small --only=partner-list --requests=2000 --profile=/tmp/partner-list.cpuprofile
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { requestBody, scenarios } from './scenarios/scenarios.ts';
import { datasetFlags, flag, withServedDataset } from './served-dataset.ts';

const flags = datasetFlags({ dialect: 'postgresql', scale: 'small' });
const only = flag('only')?.split(',') ?? ['partner-list'];
const requests = Number(flag('requests') ?? 1000);
const concurrency = Number(flag('concurrency') ?? 8);
const profilePath = flag('profile');
// Where the garbage comes from: V8's sampling heap profiler over the last round (a .heapprofile for DevTools).
const heapProfilePath = flag('heap-profile');
// --rounds=N: measure N times and report each and the lowest, the figure least moved by whatever else the machine does.
const rounds = Number(flag('rounds') ?? 1);

await withServedDataset(flags, 'profile', async ({ dataset, token, app }) => {
  await app.ready();
  // --query='{ __typename }': a document of one's own instead of the scenarios (the per-request floor).
  const query = flag('query');
  const selected = query ? [{ key: 'query', payload: JSON.stringify({ query }) }] : scenarios.filter((item) => only.includes(item.key)).map((item) => ({ key: item.key, payload: requestBody(item, dataset) }));
  for (const scenario of selected) {
    const payload = scenario.payload;
    const send = async () => {
      const response = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, payload });
      if (response.statusCode !== 200 || response.body.includes('"errors"')) throw new Error(`${scenario.key}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    };
    const run = async (count: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < count) await send();
        }),
      );
    };
    await run(Math.min(200, requests));
    const perRequest: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const profiling = profilePath && round === rounds;
      const heapProfiling = heapProfilePath && round === rounds;
      const session = new Session();
      if (profiling || heapProfiling) session.connect();
      if (profiling) {
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      if (heapProfiling) {
        await session.post('HeapProfiler.enable');
        // Every 4 KB allocated, and what the collector already freed kept in: the garbage is what costs.
        await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      }
      const cpu = process.cpuUsage();
      const started = performance.now();
      await run(requests);
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (profiling) {
        const { profile } = await session.post('Profiler.stop');
        writeFileSync(profilePath, JSON.stringify(profile));
      }
      if (heapProfiling) {
        const { profile } = await session.post('HeapProfiler.stopSampling');
        writeFileSync(heapProfilePath, JSON.stringify(profile));
      }
      if (profiling || heapProfiling) session.disconnect();
      perRequest.push((used.user + used.system) / 1000 / requests);
      console.log(
        `${scenario.key}: ${requests} requests at concurrency ${concurrency} in ${wall.toFixed(0)} ms; ` +
          `CPU ${perRequest.at(-1)!.toFixed(2)} ms per request (user ${(used.user / 1000 / requests).toFixed(2)}), ${((requests / wall) * 1000).toFixed(0)} req/s in-process`,
      );
    }
    if (rounds > 1) console.log(`${scenario.key}: lowest CPU of ${rounds} rounds ${Math.min(...perRequest).toFixed(2)} ms per request`);
  }
});
