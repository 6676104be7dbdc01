/**
 * What a claim is called. A claim is "contested" only where a source reports someone denying it;
 * a claim nobody is reported denying is one side's word, labelled with who makes it, and never
 * carries the contested badge. The timeline, the map's popups and the contested-only filter all
 * ask this module, so the badge and the filter cannot disagree.
 * Browser-safe: it needs nothing but the claim.
 */

/** A claim as the content gives it: who makes it, who (if anyone) is reported denying it. */
export interface ClaimLike {
  by: readonly string[];
  deniedBy: readonly string[];
}

/** The badge's words, one home for the page and the map's popups. */
export const CONTESTED_LABEL = 'Contested claim';

/**
 * True when someone is reported denying the claim:
 * `isContested({ by: ['armenia'], deniedBy: ['azerbaijan'] })` is true; with `deniedBy: []`, false.
 */
export function isContested(claim: ClaimLike | undefined): boolean {
  return claim !== undefined && claim.deniedBy.length > 0;
}

/** What precedes the claimants' names on a claim nobody is reported denying: "Claim by Azerbaijan". */
export const CLAIM_BY_LABEL = 'Claim by';

/**
 * How an entry presents its claim: `'contested'` (badge, who claims, who denies), `'claim'` (one
 * side's word: "Claim by …", no badge), or undefined for an established fact.
 */
export function claimStatus(claim: ClaimLike | undefined): 'contested' | 'claim' | undefined {
  if (claim === undefined) return undefined;
  return isContested(claim) ? 'contested' : 'claim';
}
