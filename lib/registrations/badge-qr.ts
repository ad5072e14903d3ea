import QRCode from "qrcode";

// The badge's QR code holds the signed badge token (badge-token.ts) and nothing else. Error
// correction M (15 %) survives a creased or partly covered badge; a quiet zone of 2 modules.
const options = { errorCorrectionLevel: "M", margin: 2 } as const;

/** PNG bytes, for the badge PDF. */
export const badgeQrPng = (token: string) => QRCode.toBuffer(token, { ...options, type: "png", scale: 8 });

/** An SVG document, for the e-badge page (shown as an image: the page's CSP allows data: images). */
export const badgeQrSvg = (token: string) => QRCode.toString(token, { ...options, type: "svg" });

/** The SVG as a data: URL for an <img>. */
export const badgeQrDataUrl = async (token: string) => `data:image/svg+xml;base64,${Buffer.from(await badgeQrSvg(token)).toString("base64")}`;
