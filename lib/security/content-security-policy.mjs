// The portal's Content-Security-Policy and the other browser security headers, in one place for
// next.config.ts (static headers), proxy.ts (per-request pages: a fresh nonce) and
// lib/security/cache-handler.mjs (cached pages: hashes of the page's own inline scripts). Plain
// JavaScript because the cache handler is loaded by `next start` itself, outside the bundler;
// the types are in content-security-policy.d.mts.

/**
 * The check-in desk's page (after the language): the one page that uses the device camera and
 * WebAssembly (its QR decoder), each allowed there alone (next.config.ts, proxy.ts).
 */
export const checkInDeskPath = "/admin/check-in";

/**
 * Features the portal never uses, refused for it and anything it could embed. The camera is
 * allowed only to the check-in desk's page (itself, never a frame): `camera: "self"`.
 * @param {{ camera?: "self" }} [allow]
 */
export function permissionsPolicy(allow = {}) {
  const camera = allow.camera === "self" ? "camera=(self)" : "camera=()";
  return `${camera}, microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), display-capture=(), browsing-topics=()`;
}

/** Headers every response carries (next.config.ts applies them to every path). */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: permissionsPolicy() },
  // frame-ancestors 'none' in the CSP; this is for browsers that predate it
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * The policy. `scripts` are the sources allowed besides the portal's own files: a nonce (with
 * 'strict-dynamic') on pages rendered per request, the hashes of the inline scripts on cached
 * pages. Styles: the stylesheets are the portal's own files; style *attributes* stay allowed
 * (style-src-attr) because React renders computed widths as style attributes (the statistics bar
 * chart), and an attribute cannot run script; <style> elements are held to the same rule as
 * scripts. `wasm`: the page may compile WebAssembly ('wasm-unsafe-eval', which lets a page compile
 * WebAssembly from the sources it may load and nothing else: JavaScript's eval stays refused).
 * @param {{ scripts: string[]; styles?: string[]; dev?: boolean; wasm?: boolean }} options
 */
export function contentSecurityPolicy({ scripts, styles = [], dev = false, wasm = false }) {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does
    `script-src 'self' ${scripts.join(" ")}${wasm ? " 'wasm-unsafe-eval'" : ""}${dev ? " 'unsafe-eval'" : ""}`.trimEnd(),
    `style-src 'self' ${styles.join(" ")}${dev ? " 'unsafe-inline'" : ""}`.trimEnd(),
    `style-src-elem 'self' ${styles.join(" ")}${dev ? " 'unsafe-inline'" : ""}`.trimEnd(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "worker-src 'self'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of a page rendered for one request: Next.js puts this nonce on its scripts.
 * @param {string} nonce
 * @param {boolean} [dev]
 * @param {{ wasm?: boolean }} [allow]
 */
export function noncePolicy(nonce, dev = false, allow = {}) {
  return contentSecurityPolicy({ scripts: [`'nonce-${nonce}'`, "'strict-dynamic'"], styles: [`'nonce-${nonce}'`], dev, wasm: allow.wasm });
}

/** For responses that are not pages (files, API answers): nothing may run or load. */
export const noContentPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The policy of a cached page: its own inline scripts by hash (lib/security/inline-scripts.mjs). */
export function hashPolicy(hashes, dev = false) {
  return contentSecurityPolicy({ scripts: hashes, dev });
}
