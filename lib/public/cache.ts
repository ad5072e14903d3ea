import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Drops every cached public page (all languages, all editions) so the next visitor of each gets
 * it rendered afresh. Called after any change the secretariat makes: editions, phases and
 * deadlines, the agenda, published statements, regional inputs. The secretariat writes rarely
 * and the public pages are cheap to render again, so one purge of everything is simpler and
 * safer than tracking which page shows what.
 */
export function revalidatePublicPages() {
  revalidatePath("/", "layout");
}
