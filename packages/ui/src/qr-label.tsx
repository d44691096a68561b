import type { CSSProperties } from 'react'

export interface QrLabelProps {
  /**
   * SVG markup of the QR code, drawn locally (e.g. by `qrcode`'s `toString({ type: 'svg' })`);
   * null while it is being drawn. It must never come from user input.
   */
  qrSvg: string | null
  /** The address or tag, printed large; dots may wrap. */
  code: string
  /** A line above the code (room · section, batch · strain). */
  title: string
  /** A smaller line under the code. */
  detail?: string | null
  /** Sizes from the label stock (CSS lengths and points). */
  size: {
    width: string
    height: string
    paddingMm: number
    qrMm: number
    codePt: number
    titlePt: number
    detailPt: number
  }
  /** Where the label sits on its page, when it is placed absolutely (a sheet). */
  position?: { left: string; top: string }
  /** Accessible name of the QR image, e.g. "QR code for MAIN.GROW1.VEG-A.LEFT.R1.C1.P1". */
  qrLabel: string
}

/**
 * One printable label: a QR code with the human-readable code beside it. Inline sizes keep the
 * print exact whatever stylesheet the page has.
 */
export function QrLabel({ qrSvg, code, title, detail, size, position, qrLabel }: QrLabelProps) {
  const box: CSSProperties = {
    boxSizing: 'border-box',
    width: size.width,
    height: size.height,
    padding: `${size.paddingMm}mm`,
    display: 'flex',
    alignItems: 'center',
    gap: `${size.paddingMm}mm`,
    overflow: 'hidden',
    background: '#fff',
    color: '#000',
    ...(position ? { position: 'absolute', left: position.left, top: position.top } : {}),
  }
  const qr: CSSProperties = { flex: 'none', width: `${size.qrMm}mm`, height: `${size.qrMm}mm` }
  const chunks = code.split(/(?<=\.)/)
  return (
    <div className="qr-label" style={box}>
      {qrSvg === null ? (
        <div role="img" aria-label={qrLabel} style={qr} />
      ) : (
        <div
          role="img"
          aria-label={qrLabel}
          style={qr}
          // The markup is drawn in this browser from a payload the api encoded, never user HTML.
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
      )}
      <div style={{ minWidth: 0, lineHeight: 1.15, overflowWrap: 'anywhere' }}>
        <div style={{ fontSize: `${size.titlePt}pt` }}>{title}</div>
        <div
          style={{
            fontSize: `${size.codePt}pt`,
            fontWeight: 700,
            fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
          }}
        >
          {chunks.map((chunk, index) => (
            <span key={index}>
              {chunk}
              <wbr />
            </span>
          ))}
        </div>
        {detail ? <div style={{ fontSize: `${size.detailPt}pt` }}>{detail}</div> : null}
      </div>
    </div>
  )
}
