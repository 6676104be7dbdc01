/**
 * What an actor did in an entry, as a dictionary key: the words of `roleSentence` for languages
 * other than English, whose sentences are whole messages rather than English phrases joined.
 */
import type { ActorRole } from '../timeline/actors.ts';
import type { TextKey } from '../../i18n/messages.ts';

/**
 * `roleKey(['claims'], true)` is "role.claims"; `roleKey(['acts', 'denies'], true)` is
 * "role.deniesAndNamed"; `roleKey(['acts'], false)` is "role.takesPart".
 */
export function roleKey(roles: readonly ActorRole[], contested: boolean): TextKey {
  const acts = roles.includes('acts');
  if (roles.includes('claims')) return acts ? 'role.claimsAndNamed' : 'role.claims';
  if (roles.includes('denies')) return acts ? 'role.deniesAndNamed' : 'role.denies';
  return contested ? 'role.namedIn' : 'role.takesPart';
}
