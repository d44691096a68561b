// QR codes as SVG markup, drawn in the browser. `qrcode` is imported on first use so that it is
// only loaded on the label routes.

/** SVG markup for each distinct payload, sized to fill its box. */
export async function renderQrSvgs(payloads: readonly string[]): Promise<Map<string, string>> {
  const { toString } = await import('qrcode')
  const svgs = new Map<string, string>()
  for (const payload of new Set(payloads)) {
    // Margin 2 modules: the label's own padding completes the quiet zone.
    const svg = await toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    svgs.set(payload, svg.replace('<svg ', '<svg width="100%" height="100%" aria-hidden="true" '))
  }
  return svgs
}
