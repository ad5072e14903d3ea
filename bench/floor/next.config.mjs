import path from "node:path";

// the portal's folder is the root Turbopack resolves `next` and React from (one copy of each)
const config = { turbopack: { root: path.resolve(import.meta.dirname, "../..") } };
export default config;
