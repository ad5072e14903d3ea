import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages, type ClientNamespace } from "@/lib/i18n/client-namespaces";

/**
 * Hands the client components inside it the message namespaces they read (with the shell's), so
 * only the pages that have a form carry its words to the browser. Write the namespaces as a
 * literal list: tests/unit/i18n/client-namespaces.test.ts reads them and checks every page sends
 * what its client components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const messages = pickClientMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
