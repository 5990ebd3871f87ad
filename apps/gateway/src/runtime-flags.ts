/**
 * The V8 flags the gateway's process runs with: `npm start`, the gateway's
 * own start scripts, the documented service unit and the benchmark's servers
 * (`runtime-flags.test.ts` keeps the scripts and the unit in step with this).
 *
 * `--max-semi-space-size=64` (MB; Node 20's default is 16). A list request
 * makes a few hundred kilobytes of short-lived objects (rows, entities, the
 * answer's JSON); with 64 requests in flight they outlive a small young
 * generation, get promoted and are freed by full collections instead. With a
 * larger one, at concurrency 64 the joint action list used 15–18 % and the
 * activity list 9–11 % less CPU a request (docs/performance.md, item 29), for
 * up to about 100 MB more memory under load.
 */
export const gatewayNodeFlags: readonly string[] = ['--max-semi-space-size=64'];
