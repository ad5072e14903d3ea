// Nothing to start. Without a file of its own, Turbopack (rooted at the portal's folder, where
// `next` and React are installed) builds the portal's instrumentation.ts into this app, and with
// it the portal's outbox worker.
export function register() {}
