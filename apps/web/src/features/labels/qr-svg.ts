// QR codes as SVG markup, drawn in the browser. `qrcode` is imported on first use so that it is
// only loaded on the label routes.
import type * as QrCode from 'qrcode'

async function loadQrCode(): Promise<typeof QrCode> {
  const loaded: typeof QrCode & { default?: typeof QrCode } = await import('qrcode')
  // qrcode is CommonJS: bundlers hand its exports over as `default` (sometimes also by name).
  // Reading `toString` by name alone could find Object.prototype's and print "[object Module]".
  return loaded.default ?? loaded
}

/** SVG markup for each distinct payload, sized to fill its box. */
export async function renderQrSvgs(payloads: readonly string[]): Promise<Map<string, string>> {
  const qrcode = await loadQrCode()
  const svgs = new Map<string, string>()
  for (const payload of new Set(payloads)) {
    // Margin 2 modules: the label's own padding completes the quiet zone.
    const svg = await qrcode.toString(payload, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    })
    if (!svg.startsWith('<svg')) throw new Error('qrcode did not draw an SVG')
    svgs.set(payload, svg.replace('<svg ', '<svg width="100%" height="100%" aria-hidden="true" '))
  }
  return svgs
}
