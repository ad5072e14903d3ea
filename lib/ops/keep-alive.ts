/**
 * How long `next start` keeps an idle keep-alive connection open: longer than anything in front
 * of it keeps one for reuse (nginx's upstream `keepalive_timeout`, 60 s in deploy/). With Node's
 * default of 5 s, the instance closed connections the front (or a test's HTTP client) was just
 * reusing, and that request failed with a reset — a 502 for a submit, which nginx does not
 * retry. Next's docs on running behind a proxy ask for the same.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 70_000;

export const keepAliveArgs = ["--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)];
