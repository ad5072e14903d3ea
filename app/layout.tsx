// The document (<html lang dir>) is rendered by app/[locale]/layout.tsx, which knows the language;
// this root layout only passes through (the pattern next-intl documents for locale segments).
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// the icons and the web manifest in public/ (made by scripts/make-icons.ts), for every page
export const metadata: Metadata = {
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { themeColor: "#005a9c" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
