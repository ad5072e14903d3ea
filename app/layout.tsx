// The document (<html lang dir>) is rendered by app/[locale]/layout.tsx, which knows the language;
// this root layout only passes through (the pattern next-intl documents for locale segments).
import type { ReactNode } from "react";
import "./globals.css";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
