import type { Localized } from "@/lib/i18n/localized";

/**
 * A text stored per language. When English stands in for the page's language, the element gets
 * lang="en" (screen readers switch voice) and a visible marker.
 */
export function LocalizedText({
  value,
  fallbackLabel,
  locale,
  as: Tag = "span",
  className,
}: {
  value: Localized;
  fallbackLabel: string;
  /** the page's language, for the marker */
  locale: string;
  as?: "span" | "p" | "h1" | "h2" | "h3" | "div";
  className?: string;
}) {
  if (!value.fallback) return <Tag className={className}>{value.text}</Tag>;
  return (
    <Tag className={className} lang={value.lang} dir="ltr">
      {value.text}{" "}
      <span className="ms-1 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-normal text-amber-900" lang={locale} dir="auto">
        {fallbackLabel}
      </span>
    </Tag>
  );
}
