/**
 * The site's Content-Security-Policy. Contributed Markdown is sanitised before it reaches a
 * page; this policy is the second wall, so that if anything ever slipped through the
 * sanitiser, the browser would still refuse to run it.
 *
 * Astro writes it as a `<meta http-equiv="content-security-policy">` tag (GitHub Pages cannot
 * send headers) and adds the hashes of the scripts and styles it emits itself. A meta tag
 * cannot carry `frame-ancestors`, `report-uri` or `sandbox`; browsers ignore them there.
 */
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy = {
  algorithm: 'SHA-256',
  directives: [
    // Anything not named below comes from this site only.
    "default-src 'self'",
    // No plugins, ever: <object>/<embed> are the oldest way around a script policy.
    "object-src 'none'",
    // A contributed <base href> could re-point every relative link and script.
    "base-uri 'self'",
    // The site has no forms that post anywhere; search runs in the page.
    "form-action 'self'",
    // Nothing is framed: sources carry no embeds, and srcdoc frames are refused too.
    "frame-src 'none'",
    // Pagefind fetches its index and WebAssembly from the site itself.
    "connect-src 'self'",
    // Pagefind may run its search in a worker from the site's own script.
    "worker-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
  ],
  scriptDirective: {
    // Our own bundled scripts, plus what Pagefind needs to compile its WebAssembly.
    resources: ["'self'", "'wasm-unsafe-eval'"],
  },
  styleDirective: {
    resources: ["'self'"],
  },
} satisfies CspConfig;
