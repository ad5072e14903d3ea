// Prints the cache front's nginx configuration for a server:
//   node --import tsx deploy/render-nginx.ts --listen 0.0.0.0:80 --upstream 10.0.0.11:3000 \
//     --upstream 10.0.0.12:3000 --run-dir /var/lib/wsis-front --workers auto --user www-data \
//     > /etc/nginx/nginx.conf
// (the run directory holds the pid file, the error log, temporary files and cache/, and must be
// writable by the worker user). `npm run deploy:local` renders the same template for one machine.
import { parseArgs } from "node:util";
import { renderNginxConfig } from "./topology.ts";

const { values } = parseArgs({
  options: {
    listen: { type: "string", default: "0.0.0.0:80" },
    upstream: { type: "string", multiple: true },
    "run-dir": { type: "string", default: "/var/lib/wsis-front" },
    "cache-dir": { type: "string" },
    workers: { type: "string", default: "auto" },
    user: { type: "string", default: "www-data" },
  },
});
if (!values.upstream?.length) {
  console.error("at least one --upstream host:port (an app instance) is required");
  process.exit(2);
}
const [host, port] = [values.listen.slice(0, values.listen.lastIndexOf(":")), Number(values.listen.slice(values.listen.lastIndexOf(":") + 1))];
process.stdout.write(
  renderNginxConfig({
    port,
    listenHost: host,
    upstreams: values.upstream,
    runDir: values["run-dir"],
    cacheDir: values["cache-dir"],
    workers: values.workers === "auto" ? "auto" : Number(values.workers),
    user: values.user,
  }),
);
