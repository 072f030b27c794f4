/**
 * The one shape of an id that is also an address: lower-case words and digits joined by
 * hyphens ("bbc-hegseth-orders-pause"). Source slugs, file names and references all use it.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
