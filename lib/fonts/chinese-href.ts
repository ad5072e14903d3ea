/** The installed @fontsource-variable/noto-sans-sc version (a unit test keeps it in step): part of
 * the URL, so the files can be cached for good and a new version is fetched afresh. */
export const chineseFontVersion = "5.3.1";

/** The stylesheet that declares the Chinese web font; linked by Chinese pages only. */
export const chineseFontHref = `/fonts/noto-sans-sc/${chineseFontVersion}/wght.css`;

/** The font family the stylesheet declares (listed in the font stack of app/globals.css). */
export const chineseFontFamily = "Noto Sans SC Variable";
