/**
 * What a link in a digest may point at. The renderer (`safe.ts`) empties every other address and
 * the content checker reports it, both through this one predicate, so they cannot disagree.
 */

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/** True for a link target that cannot run script: http(s), mailto, `#`, or a relative path. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return SAFE_PROTOCOL.test(compact);
}
