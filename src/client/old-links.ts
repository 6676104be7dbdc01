/**
 * Old links to an entry, "/#event-x" or "/timeline/2020-10/#event-x", from before entries had
 * pages of their own: if this page no longer carries the entry, the reader goes to its own page.
 * An entry still here is left alone: the browser has already scrolled to it.
 */
import { ownPageOf } from '../site/ownPage.ts';

const target = ownPageOf(location.hash);
if (target && !document.getElementById(decodeURIComponent(location.hash.slice(1)))) location.replace(target);
