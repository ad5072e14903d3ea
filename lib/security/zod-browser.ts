// "zod" as the browser gets it (next.config.ts aliases it here for client bundles only): zod itself,
// set jitless first. Zod compiles object schemas with `new Function` when it may, and probes for
// that on the first parse; the Content-Security-Policy allows no eval, so the probe would be refused
// and reported as a violation. Jitless: no probe, the same results. Only pages whose scripts use
// zod load it (it was set for every page from instrumentation-client.ts, which put zod's 28 KB in
// every page's scripts); the server keeps the compiled fast path.
import { config } from "zod/v4";

config({ jitless: true });

export * from "zod/v4";
export { default } from "zod/v4";
