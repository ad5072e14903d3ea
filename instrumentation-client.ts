// Runs in the browser before the portal becomes interactive.
import { config } from "zod";

// Forms check their input with the same zod schemas in the browser. Zod compiles object schemas
// with `new Function` when it may, and probes for that on first use; the Content-Security-Policy
// allows no eval, so the probe would be refused and reported as a violation. Jitless: no probe,
// the same results (the server, where the policy does not apply, keeps the compiled fast path).
config({ jitless: true });
